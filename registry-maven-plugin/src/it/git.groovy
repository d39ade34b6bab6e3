// The real git command line, for the hook scripts of the integration tests:
//   def git = evaluate(new File(basedir, '../git.groovy'))
//   git(new File(basedir, 'target/registry'), 'log', '--format=%s', 'main')
// runs git --git-dir=<dir> <args> in the test's directory and returns its output; the check fails
// when git exits with an error.
return { File gitDir, String... args ->
    def environment = System.getenv().collect { key, value -> "${key}=${value}" } + ['LC_ALL=C', 'GIT_CONFIG_NOSYSTEM=1']
    def process = (['git', "--git-dir=${gitDir}"] + args.toList()).execute(environment, basedir)
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0 : "git ${args.join(' ')} exited ${process.exitValue()}: ${err}"
    out.toString()
}
