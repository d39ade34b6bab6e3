def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'target/registry'))

assert git('log', '--format=%s', 'main').readLines() == ['Deprecate churn 0.0.1', 'Promote churn 0.0.1 to staging',
        'Register churn 0.0.1']
String promote = git('log', '-1', '--format=%(trailers)', 'main~1')
assert promote == '''Registry-Action: transition
Model: churn
Model-Version: 0.0.1
From-Stage: development
Stage: staging
Reason: passed offline evaluation

'''
String deprecate = git('log', '-1', '--format=%(trailers)', 'main')
assert deprecate.contains('From-Stage: staging\nStage: deprecated\nReason: superseded by the retrained model\n')
// Auditors find the promotion by its trailer, not by free text.
assert git('log', '-E', '--grep=^Stage: staging$', '--format=%s', 'main').trim() == 'Promote churn 0.0.1 to staging'
assert git('show', 'main:models/churn/0.0.1/card.yaml').contains('stage: "deprecated"')

String log = new File(basedir, 'build.log').text
assert log.contains('Using churn@0.0.1, registered earlier in this build')
assert log.contains('Moved churn@0.0.1 from development to staging')
assert log.contains('Moved churn@0.0.1 from staging to deprecated')
true
