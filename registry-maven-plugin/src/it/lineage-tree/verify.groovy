import groovy.json.JsonSlurper

def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'target/registry'))
def log = evaluate(new File(basedir, '../log.groovy'))

// The parents are in the cards, as the registrations wrote them.
assert git('show', 'main:models/churn-eu/1.0.0/card.yaml').contains('''  parents:
    - "churn@1.0.0"
    - "base@1.0.0"
''')

// 1: both trees of churn@1.0.0, across models.
log.contains(['Ancestors of churn@1.0.0:',
              'churn@1.0.0',
              '└── base@1.0.0',
              'Descendants of churn@1.0.0:',
              'churn@1.0.0',
              '├── churn@1.1.0',
              '└── churn-eu@1.0.0'])
// 1: and what the plugin wrote passes the check.
String head = git('rev-parse', 'main').trim()
log.contains(["Registry is valid (3 models, 4 versions) at commit ${head.take(10)}".toString()])

// 2: churn@latest is churn@1.1.0; one generation deep, its parent's parents are cut off.
log.contains(['Ancestors of churn@1.1.0:', 'churn@1.1.0', '└── churn@1.0.0 (depth limit)',
              'Descendants of churn@1.1.0:', 'churn@1.1.0'])
def lineage = new JsonSlurper().parse(new File(basedir, 'target/lineage.json'))
assert lineage.ancestors == [reference: 'churn@1.1.0', status: 'present', parents: [
        [reference: 'churn@1.0.0', status: 'depth-limit', parents: []]]]
assert lineage.descendants == [reference: 'churn@1.1.0', status: 'present', children: []]
true
