import java.security.MessageDigest

def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'target/registry'))

String log = new File(basedir, 'build.log').text
assert log.contains('churn@0.0.1 is in staging, a protected stage; repeat with force to delete it.'
        + ' (set it with -Dmodel.force=true or <force> in the plugin configuration)')
assert !log.contains('Exception:') : 'the failure message must not be a stack trace'

// The refused delete wrote nothing; the forced one removed the model in one commit.
assert git('log', '--format=%s', 'main').readLines() == ['Delete model churn', 'Promote churn 0.0.1 to staging',
        'Register churn 0.0.1']
String trailers = git('log', '-1', '--format=%(trailers)', 'main')
['Registry-Action: delete-model', 'Model: churn', 'Removed: churn@0.0.1', 'Reason: retired', 'Forced: true']
        .each { expected -> assert trailers.contains(expected) : "trailers lack ${expected}:\n${trailers}" }
assert git('ls-tree', '-r', '--name-only', 'main').trim().isEmpty()
assert log.contains('Deleted churn@0.0.1 (forced past a protected stage)')

// The model file is no longer referenced; it was written just now, so pruning keeps it for an hour.
String sha256 = MessageDigest.getInstance('SHA-256').digest(new File(basedir, 'churn.model').bytes).encodeHex().toString()
assert new File(basedir, "target/registry/artifacts/sha256/${sha256[0..1]}/${sha256[2..3]}/${sha256}").isFile()
assert log.contains('Artifact store: kept 1 unreferenced file written within the last hour')
true
