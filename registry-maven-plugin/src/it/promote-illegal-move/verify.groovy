String log = new File(basedir, 'build.log').text
assert log.contains('Cannot move from development to production; from development a version may move to: staging,'
        + ' deprecated, archived. (set it with -Dmodel.stage=staging or <stage> in the plugin configuration)')

// The failed move left the registry as the registration made it.
def git = evaluate(new File(basedir, '../git.groovy'))
assert git(new File(basedir, 'target/registry'), 'log', '--format=%s', 'main').readLines() == ['Register churn 0.0.1']
true
