import groovy.json.JsonSlurper

def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'remote.git'))
def log = evaluate(new File(basedir, '../log.groovy'))
String branch = 'registry/promote/churn/0.0.1-production'

// 1: register and promote to staging landed on main of the remote.
String beforeMerge = new File(basedir, 'target/main-before-merge.txt').text.trim()
assert git('log', '--format=%s', beforeMerge).readLines() == ['Promote churn 0.0.1 to staging', 'Register churn 0.0.1']
assert git('show', "${beforeMerge}:models/churn/0.0.1/card.yaml").contains('stage: "staging"')

// 2: the promotion to production went to its own branch, one commit on main as it was; main did not move.
String proposed = git('rev-parse', "refs/heads/${branch}").trim()
assert git('rev-parse', "${proposed}^").trim() == beforeMerge
assert git('log', '-1', '--format=%s%n%an', proposed).readLines() == ['Promote churn 0.0.1 to production', 'Alice Analyst']
assert git('log', '-1', '--format=%(trailers:key=Stage,valueonly)', proposed).trim() == 'production'
log.contains(['-' * 72,
              'Proposed for review: Promote churn 0.0.1 to production',
              "  branch:  ${branch} (commit ${proposed.take(12)})".toString(),
              "  pushed:  file://${new File(basedir, 'remote.git').canonicalPath}".toString(),
              '  merge:   into main; it does not change until the pull request is merged',
              "  open a pull request from ${branch} into main on the Git host".toString(),
              '-' * 72,
              'Proposed moving churn@0.0.1 from staging to production'])

// 3: Rita's merge brought it in: main's first parent is main as it was, its second the proposed commit.
assert git('log', '-1', '--format=%P%n%an', 'main').readLines() == ["${beforeMerge} ${proposed}".toString(), 'Rita']
assert git('show', 'main:models/churn/0.0.1/card.yaml').contains('stage: "production"')
git('fsck', '--full', '--strict')

// 4: the history names Rita as the approver of the promotion, and of nothing else.
def events = new JsonSlurper().parse(new File(basedir, 'target/history.json')).events
assert events.collect { "${it.from} -> ${it.to}: ${it.approval?.approver}".toString() } ==
        ['staging -> production: Rita <rita@example.com>', 'development -> staging: null', 'null -> development: null']
assert events[0].actor == 'Alice Analyst <alice@example.com>'
assert events[0].approval.mergeCommit == git('rev-parse', 'main').trim()
String buildLog = new File(basedir, 'build.log').text
assert buildLog.contains('APPROVED BY')
assert buildLog =~ /transition  churn@0\.0\.1  staging → production .* Rita <rita@example\.com> at \d{4}-/
// No credentials were configured, and none is printed.
assert !buildLog.contains('x-access-token')
true
