// The registry exists before the build, with a model file in its store that no card references
// and that was written two hours ago: old enough for pruning to remove it.
def git = evaluate(new File(basedir, '../git.groovy'))
File registry = new File(basedir, 'target/registry')
registry.mkdirs()
git(registry, 'init', '-q', '--bare', '--initial-branch=main')
String orphan = 'e' * 64
File blob = new File(registry, "artifacts/sha256/ee/ee/${orphan}")
blob.parentFile.mkdirs()
blob.text = 'a model file of a version deleted long ago'
blob.lastModified = System.currentTimeMillis() - 2 * 3600 * 1000
true
