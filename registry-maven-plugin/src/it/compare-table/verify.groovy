import groovy.json.JsonSlurper

def log = evaluate(new File(basedir, '../log.groovy'))

// 1: one column per version (churn@production and churn@1.1.0 are the same one); metrics, then
// hyperparameters; the best value of each metric marked, ties included; the least loss is best.
log.contains(['VERSION             churn@1.0.0           churn@1.1.0           churn@2.0.0',
              '------------------  --------------------  --------------------  --------------------',
              'stage               development           production            development',
              'created             TIME                  TIME                  TIME',
              'metrics',
              '  accuracy          0.88                  0.93 *                0.93 *',
              '  latency_ms (min)  -                     -                     12',
              '  loss (min)        0.35                  0.22 *                0.25',
              'hyperparameters',
              '  eta               0.10                  0.05                  0.05',
              '  layers            -                     -                     3',
              '  max_depth         6                     8                     -',
              '*: the best value of the metric, the greatest unless marked (min)'])

// 2: the same comparison as JSON.
def comparison = new JsonSlurper().parse(new File(basedir, 'target/compare.json'))
assert comparison.versions.collect { it.reference } == ['churn@1.0.0', 'churn@1.1.0', 'churn@2.0.0']
assert comparison.versions.collect { it.stage } == ['development', 'production', 'development']
def metrics = comparison.metrics.collectEntries { [it.name, it] }
assert metrics.accuracy.direction == 'max'
assert metrics.accuracy.values == ['churn@1.0.0': 0.88, 'churn@1.1.0': 0.93, 'churn@2.0.0': 0.93]
assert metrics.accuracy.best == ['churn@1.1.0', 'churn@2.0.0']
assert metrics.loss.direction == 'min'
assert metrics.loss.best == ['churn@1.1.0']
assert metrics.latency_ms.best == []
assert comparison.hyperparameters.find { it.name == 'max_depth' }.values == ['churn@1.0.0': '6', 'churn@1.1.0': '8']
true
