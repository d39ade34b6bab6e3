import groovy.json.JsonSlurper

def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'target/registry'))

// The registry the first run wrote: four registrations and one promotion, one commit each.
assert git('log', '--format=%s', 'main').readLines() == ['Promote churn 1.1.0 to staging', 'Register fraud 0.1.0',
        'Register churn 2.0.0', 'Register churn 1.1.0', 'Register churn 1.0.0']

def log = evaluate(new File(basedir, '../log.groovy'))
// 1: the models, with their version counts, latest version and owner.
log.contains(['NAME   VERSIONS  LATEST  ALIASES  OWNER       DESCRIPTION',
             '-----  --------  ------  -------  ----------  -----------',
             'churn  3         2.0.0            team-churn',
             'fraud  1         0.1.0'])
// 2: churn* with accuracy >= 0.9, most accurate first; the column is the metric the filter names.
log.contains(['NAME   VERSION  STAGE        CREATED               accuracy',
             '-----  -------  -----------  --------------------  --------',
             'churn  1.1.0    staging      TIME                  0.93',
             'churn  2.0.0    development  TIME                  0.91',
             '2 versions named churn*, with accuracy>=0.9'])
// 3: as text too (with model.outputFile the text still goes to the log): no metric named, so the common ones.
log.contains(['NAME   VERSION  STAGE        CREATED               accuracy  auc   loss',
             '-----  -------  -----------  --------------------  --------  ----  ----',
             'churn  2.0.0    development  TIME                  0.91      0.97  0.25',
             'churn  1.1.0    staging      TIME                  0.93      0.95  0.22',
             '2 versions tagged tabular'])

// 3: the JSON has the whole cards, newest first, limited to two.
def versions = new JsonSlurper().parse(new File(basedir, 'target/list.json')).versions
assert versions.collect { "${it.name}@${it.version}" } == ['churn@2.0.0', 'churn@1.1.0']
assert versions[0].metrics == [accuracy: 0.91, auc: 0.97, loss: 0.25]
assert versions[0].tags == ['tabular', 'deep']
assert versions[1].stage == 'staging'

// 4: no match: the count alone, no empty table.
log.contains(['--- registry-maven-plugin:0.1.0-SNAPSHOT:list (default-cli) @ list-filters ---',
             '0 versions in stage production'])

// 5: a sort order naming nothing fails before the registry is read, naming the parameter to fix.
assert new File(basedir, 'build.log').text.contains('Invalid sort order "-": it names nothing to sort by; give'
        + ' name, version, created or a metric name such as accuracy, with a leading - for descending order,'
        + ' e.g. -accuracy. (set it with -Dmodel.sort=-accuracy or <sort> in the plugin configuration)')
true
