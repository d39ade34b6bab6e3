// The shared registry: an empty bare repository on this machine, reached as a remote by file:// URL.
def git = evaluate(new File(basedir, '../git.groovy'))
git(new File(basedir, 'remote.git'), 'init', '-q', '--bare', '--initial-branch=main')
true
