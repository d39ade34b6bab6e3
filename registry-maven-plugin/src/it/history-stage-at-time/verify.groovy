import groovy.json.JsonSlurper

def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'target/registry'))
def log = evaluate(new File(basedir, '../log.groovy'))
// The commits, newest first, as git prints their short ids.
List<String> commits = git('log', '--format=%H', 'main').readLines()
def shortId = { int i -> commits[i].take(10) }

// 1: the registry's audit trail, newest first; the last promotion also demoted churn@1.0.0.
String actor = 'Alice Analyst <alice@example.com>'
log.contains(['TIME                  ACTOR                              ACTION      VERSION      FROM → TO'
                      + '                REASON                          COMMIT',
              '--------------------  ---------------------------------  ----------  -----------  -----------------------'
                      + '  ------------------------------  ----------',
              "TIME                  ${actor}  transition  churn@1.1.0  staging → production     beats 1.0.0 by 2 points"
                      + " of AUC  ${shortId(0)}",
              "TIME                  ${actor}  transition  churn@1.0.0  production → deprecated  beats 1.0.0 by 2 points"
                      + " of AUC  ${shortId(0)}",
              "TIME                  ${actor}  transition  churn@1.1.0  development → staging    retrained on March data"
                      + "         ${shortId(1)}",
              "TIME                  ${actor}  transition  churn@1.0.0  staging → production     won the A/B test"
                      + "                ${shortId(2)}",
              "TIME                  ${actor}  transition  churn@1.0.0  development → staging    passed offline"
                      + " evaluation       ${shortId(3)}",
              "TIME                  ${actor}  register    churn@1.1.0  → development"
                      + "                                            ${shortId(4)}",
              "TIME                  ${actor}  register    churn@1.0.0  → development"
                      + "                                            ${shortId(5)}"]*.toString())

// 1: production now: churn@1.1.0, who moved it in from where, and why.
log.contains(['production of churn at TIME                :',
              '  VERSION      MOVED IN              BY                                 FROM     REASON'
                      + '                          COMMIT',
              '  -----------  --------------------  ---------------------------------  -------'
                      + '  ------------------------------  ----------',
              "  churn@1.1.0  TIME                  ${actor}  staging  beats 1.0.0 by 2 points of AUC  ${shortId(0)}"
                      .toString()])

// 2: the history of churn@1.0.0 as JSON, every field of each event.
def events = new JsonSlurper().parse(new File(basedir, 'target/history.json')).events
assert events.collect { "${it.action} ${it.from} -> ${it.to}".toString() } == ['transition production -> deprecated',
        'transition staging -> production', 'transition development -> staging', 'register null -> development']
assert events[0] == [commit: commits[0], time: events[0].time, actor: actor, action: 'transition', model: 'churn',
        version: '1.0.0', from: 'production', to: 'deprecated', reason: 'beats 1.0.0 by 2 points of AUC',
        alias: null, subject: 'Promote churn 1.1.0 to production', approval: null]
assert events[0].time == git('log', '-1', '--format=%cd', '--date=iso-strict-local', 'main').trim()
        .with { java.time.OffsetDateTime.parse(it).toInstant().toString() }

// 3: before the registry existed, no version held production.
assert new File(basedir, 'build.log').text.contains('[INFO] No version of churn was in production at 2000-01-01T00:00:00Z.')

// 4: a time in no ISO-8601 form fails, naming the parameter.
assert new File(basedir, 'build.log').text.contains('Invalid time "last-week": write an ISO-8601 instant such as'
        + ' 2026-03-01T09:30:00Z, a time with an offset such as 2026-03-01T10:30:00+01:00, or a date such as'
        + ' 2026-03-01 (the start of that day, UTC). (set it with -Dmodel.since=2026-03-01 or <since> in the'
        + ' plugin configuration)')
true
