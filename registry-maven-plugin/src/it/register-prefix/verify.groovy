import groovy.json.JsonSlurper
import java.security.MessageDigest

def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'target/registry'))

// The name defaults to the artifactId, the file to the jar, and the first minor bump is 0.1.0.
File jar = new File(basedir, 'target/register-prefix-2.3.0.jar')
String sha256 = MessageDigest.getInstance('SHA-256').digest(jar.bytes).encodeHex().toString()
String card = git('show', 'main:models/register-prefix/0.1.0/card.yaml')
assert card.contains("sha256: \"${sha256}\"")
assert card.contains("size: ${jar.length()}")
assert card.contains('tags:\n  - "tabular"\n  - "team=growth"\n') : card
assert card.contains('project: "dev.modelregistry.it:register-prefix:2.3.0"')

assert new File(basedir, 'build.log').text.contains('Registered register-prefix@0.1.0 (development)')
def result = new JsonSlurper().parse(new File(basedir, 'target/register.json'))
assert result.reference == 'register-prefix@0.1.0'
assert result.stage == 'development'
assert result.created == true
assert result.sha256 == sha256
assert result.commit == git('rev-parse', 'main').trim()
true
