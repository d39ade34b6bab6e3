import java.security.MessageDigest

def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'target/registry'))
def blob = { String sha256 -> new File(basedir, "target/registry/artifacts/sha256/${sha256[0..1]}/${sha256[2..3]}/${sha256}") }
def sha256Of = { String name -> MessageDigest.getInstance('SHA-256').digest(new File(basedir, name).bytes).encodeHex().toString() }

String log = new File(basedir, 'build.log').text
// The dry run: a table of what goes and what stays, and how to apply it.
[
    'VERSION      ACTION        WHY',
    'churn@1.1.0  would remove  older than the newest kept',
    'churn@1.0.0  keep          under alias baseline',
    'churn@1.2.0  keep          one of the newest 1',
    'Dry run: nothing was removed; run again with -Dmodel.dryRun=false to remove 1 version',
    "Artifact store: 1 unreferenced file, 42 bytes (dry run; remove them with -Dmodel.dryRun=false -Dmodel.pruneArtifacts=true)",
    'churn@1.1.0  removed  older than the newest kept',
    'Removed 1 version',
    'Artifact store: 1 unreferenced file, 42 bytes, removed',
    'Artifact store: kept 1 unreferenced file written within the last hour',
].each { expected -> assert log.contains(expected) : "the log lacks ${expected}" }

// One cleanup commit, after the dry run wrote nothing.
assert git('log', '--format=%s', 'main').readLines().first() == 'Clean up 1 old version of churn'
assert git('rev-list', '--count', 'main').trim() == '5'
String trailers = git('log', '-1', '--format=%(trailers)', 'main')
['Registry-Action: cleanup', 'Model: churn', 'Keep-Latest: 1', 'Removed: churn@1.1.0', 'Reason: retention']
        .each { expected -> assert trailers.contains(expected) : "trailers lack ${expected}:\n${trailers}" }
assert git('ls-tree', '--name-only', 'main:models/churn').readLines() == ['1.0.0', '1.2.0', 'model.yaml']

// The old orphan is gone; the removed version's file is unreferenced but recent, so it stays.
assert !blob('e' * 64).exists()
assert blob(sha256Of('churn-1.1.0.model')).isFile()
assert blob(sha256Of('churn-1.0.0.model')).isFile()
assert blob(sha256Of('churn-1.2.0.model')).isFile()
true
