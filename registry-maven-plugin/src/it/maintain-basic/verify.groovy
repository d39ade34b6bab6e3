def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'target/registry'))
File registry = new File(basedir, 'target/registry')

// Maintenance wrote no commit: three writes, three commits.
assert git('log', '--format=%s', 'main').readLines() == ['Register churn 1.1.0', 'Promote churn 1.0.0 to staging',
        'Register churn 1.0.0']

// The objects are packed, and git itself accepts the commit-graph (with its Bloom filters) and the repository.
assert git('count-objects', '-v').readLines().find { it.startsWith('in-pack: ') } != 'in-pack: 0'
assert new File(registry, 'objects/info/commit-graph').isFile()
git('commit-graph', 'verify')
git('fsck', '--full', '--strict')
assert new File(registry, 'model-registry/history-index').isFile()

def log = evaluate(new File(basedir, '../log.groovy'))
// 1: what was maintained.
log.contains(['Maintained the registry:'])
assert log.lines.find { it ==~ /  Commits in the commit-graph\s+3/ } : 'the commit-graph covers the three commits'
assert log.lines.find { it ==~ /  Commits in the history index\s+3/ } : 'the history index covers the three commits'
// 2: the model's history, read after maintenance, still has every change, newest first.
def events = log.lines.findAll { it =~ /(register|transition)\s+churn@/ }.collect { it.replaceAll(/\s+/, ' ') }
assert events.size() == 3 : "the history lists the three changes:\n${log.lines.join('\n')}"
assert events[0].contains('register churn@1.1.0 → development')
assert events[1].contains('transition churn@1.0.0 development → staging passed offline evaluation')
assert events[2].contains('register churn@1.0.0 → development')
true
