import java.security.MessageDigest
import java.util.jar.JarFile

def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'registry'))
def sha256 = { byte[] bytes -> MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() }

assert git('log', '--format=%s', 'main').readLines() == ['Promote churn 0.0.1 to production',
        'Promote churn 0.0.1 to staging', 'Register churn 0.0.1']
byte[] trained = new File(basedir, 'training/churn.onnx').bytes
assert git('show', 'main:models/churn/0.0.1/card.yaml').contains("uri: \"store:sha256/${sha256(trained)}\"")

// The service build got exactly the trained bytes, verified, and packaged them.
File fetched = new File(basedir, 'target/classes/models/churn-0.0.1.onnx')
assert fetched.bytes == trained
assert sha256(fetched.bytes) == sha256(trained)
assert new File(basedir, 'target/classes/models').list() == ['churn-0.0.1.onnx'] as String[] : 'no temporary file is left'
new JarFile(new File(basedir, 'target/fetch-production-service-1.0.jar')).withCloseable { jar ->
    assert jar.getEntry('models/churn-0.0.1.onnx') != null
}

String log = new File(basedir, 'build.log').text
assert log.contains("Fetched churn@0.0.1 (churn@production) to ${fetched.canonicalPath}: ${trained.length} bytes with"
        + " sha256 ${sha256(trained)}, verified")
// Bound to generate-resources by default: the model is in place before resources are processed.
assert log.indexOf(':fetch (default) @ fetch-production-service') < log.indexOf('maven-resources-plugin:3.3.1:resources')
true
