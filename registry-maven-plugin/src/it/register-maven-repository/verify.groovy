import java.security.MessageDigest

def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'target/registry'))
def hex = { String algorithm, byte[] bytes -> MessageDigest.getInstance(algorithm).digest(bytes).encodeHex().toString() }

byte[] model = new File(basedir, 'churn.onnx').bytes
String sha256 = hex('SHA-256', model)

// Maven's repository layout: the file, its checksums, and the artifact's metadata with its own.
File dir = new File(basedir, 'target/maven-repo/com/example/models/churn')
File deployed = new File(dir, '0.0.1/churn-0.0.1.onnx')
assert deployed.bytes == model
assert new File(dir, '0.0.1/churn-0.0.1.onnx.sha256').text.trim() == sha256
assert new File(dir, '0.0.1/churn-0.0.1.onnx.sha1').text.trim() == hex('SHA-1', model)
assert new File(dir, '0.0.1/churn-0.0.1.onnx.md5').text.trim() == hex('MD5', model)
File metadata = new File(dir, 'maven-metadata.xml')
def xml = new groovy.xml.XmlSlurper().parse(metadata)
assert xml.groupId.text() == 'com.example.models'
assert xml.artifactId.text() == 'churn'
assert xml.versioning.release.text() == '0.0.1'
assert xml.versioning.versions.version*.text() == ['0.0.1']
assert new File(dir, 'maven-metadata.xml.sha1').text.trim() == hex('SHA-1', metadata.bytes)

// The card records the coordinates, never the repository's URL or a local path.
String card = git('show', 'main:models/churn/0.0.1/card.yaml')
assert card.contains('uri: "maven:com.example.models:churn:0.0.1:onnx"') : card
assert card.contains("sha256: \"${sha256}\"")
assert !card.contains('file:') && !card.contains('target/maven-repo')
assert !new File(basedir, 'target/registry/artifacts').exists() : 'nothing went into the directory store'

// fetch resolved the coordinates through the repository, verified, and cached the file by digest.
assert new File(basedir, 'target/fetched/churn-0.0.1.onnx').bytes == model
assert new File(basedir, "target/cache/sha256/${sha256[0..1]}/${sha256[2..3]}/${sha256}").bytes == model

// The settings.xml server's credentials were picked up, and its password appears nowhere.
String log = new File(basedir, 'build.log').text
assert log.contains('Using basic authentication as it-deployer from settings.xml server "it-models"')
assert !log.contains('it-s3cret')
assert !card.contains('it-s3cret')
true
