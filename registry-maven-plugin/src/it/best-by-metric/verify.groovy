import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../log.groovy'))

// 1: churn@2.0.0 has the highest auc of churn; churn-eu's higher one does not match the name.
log.contains(['Best by highest auc: churn@2.0.0',
              '  auc         0.97',
              '  Stage       development',
              '  Registered  TIME                 by IT Runner <it@example.com>'])

// 2: the lowest loss among churn*, as JSON with the whole card.
def best = new JsonSlurper().parse(new File(basedir, 'target/best.json'))
assert best.reference == 'churn@1.1.0'
assert best.metric == 'loss'
assert best.direction == 'min'
assert best.value == 0.22
assert best.card.stage == 'staging'
assert best.card.metrics == [auc: 0.95, loss: 0.22]
log.contains(['Best by lowest loss: churn@1.1.0', '  loss        0.22', '  Stage       staging'])

// 3: nothing matches: a failure that names the filter.
assert new File(basedir, 'build.log').text.contains('No version in stage production has the metric auc; check the'
        + ' filters and the metric\'s name with model:list and the same filters.')
true
