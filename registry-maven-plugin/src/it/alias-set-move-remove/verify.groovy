def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'target/registry'))

assert git('log', '--format=%s', 'main').readLines() == [
    'Remove alias champion of churn',
    'Move alias champion of churn from 0.0.1 to 0.0.2',
    'Register churn 0.0.2',
    'Set alias champion of churn to 0.0.1',
    'Register churn 0.0.1',
]
assert git('log', '-1', '--format=%(trailers)', 'main~1').contains('''Registry-Action: set-alias
Model: churn
Model-Version: 0.0.2
Alias: champion
Previous-Version: 0.0.1
Reason: best offline AUC so far
''')
assert git('log', '-1', '--format=%(trailers)', 'main').contains('''Registry-Action: remove-alias
Model: churn
Model-Version: 0.0.2
Alias: champion
Previous-Version: 0.0.2
Reason: no champion until the next evaluation
''')
assert git('show', 'main~1:models/churn/model.yaml').contains('aliases:\n  champion: "0.0.2"\n')
assert !git('show', 'main:models/churn/model.yaml').contains('champion')
// The versions stay; only the alias went.
assert git('ls-tree', '--name-only', 'main:models/churn').readLines() == ['0.0.1', '0.0.2', 'model.yaml']

String log = new File(basedir, 'build.log').text
assert log.contains('Alias churn@champion now points to 0.0.1')
assert log.contains('Alias churn@champion now points to 0.0.2 (was 0.0.1)')
assert log.contains('Removed alias churn@champion, which pointed to 0.0.2')
true
