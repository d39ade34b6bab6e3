import java.security.MessageDigest

def git = evaluate(new File(basedir, '../git.groovy'))
def registryGit = git.curry(new File(basedir, 'target/registry'))

File model = new File(basedir, 'target/classes/churn.model')
String sha256 = MessageDigest.getInstance('SHA-256').digest(model.bytes).encodeHex().toString()
String head = git(new File(basedir, '.git'), 'rev-parse', 'HEAD').trim()

// Two builds, one registration: the second found the first by digest and CI build id.
assert registryGit('rev-list', '--count', 'main').trim() == '1'
String log = new File(basedir, 'build.log').text
assert log.contains('Registered churn@0.0.1 (development)')
assert log.contains('Already registered as churn@0.0.1')

String card = registryGit('show', 'main:models/churn/0.0.1/card.yaml')
[
    'name: "churn"', 'version: "0.0.1"', 'stage: "development"', 'createdBy: "IT Runner <it@example.com>"',
    'description: "Gradient-boosted trees on the 2026-11 snapshot"', 'modelType: "gradient-boosted-trees"',
    'framework: "xgboost"', 'taskType: "classification"',
    'accuracy: 0.93', 'auc: 0.97', 'eta: "0.10"', 'max_depth: "6"', '- "tabular"', '- "team=growth"',
    "uri: \"store:sha256/${sha256}\"", "sha256: \"${sha256}\"",
    "size: ${model.length()}", 'format: "tribuo"',
    'uri: "s3://data/churn/2026-11.parquet"', 'version: "2026-11"',
    'repository: "https://git.example.com/ml/churn.git"', "commit: \"${head}\"",
    'id: "github:ml/churn:8812:1"', 'url: "https://github.com/ml/churn/actions/runs/8812"',
    'project: "dev.modelregistry.it:register-basic:1.0-SNAPSHOT"',
].each { expected -> assert card.contains(expected) : "card.yaml lacks ${expected}:\n${card}" }
assert !card.contains('s3cr3t')
assert !card.contains('file:') : 'cards never hold local paths'
// The model file is in the directory store beside the registry, by digest, and out of Git's sight.
File stored = new File(basedir, "target/registry/artifacts/sha256/${sha256[0..1]}/${sha256[2..3]}/${sha256}")
assert stored.bytes == model.bytes
assert registryGit('show', 'main:models/churn/model.yaml').contains('owner: "team-churn"')

String trailers = registryGit('log', '--format=%(trailers)', 'main')
[
    'Registry-Action: register', 'Model: churn', 'Model-Version: 0.0.1', 'Stage: development',
    "Artifact-Sha256: ${sha256}", 'Build: github:ml/churn:8812:1',
].each { expected -> assert trailers.contains(expected) : "trailers lack ${expected}:\n${trailers}" }
assert registryGit('log', '--format=%an <%ae>|%s', 'main').trim() == 'IT Runner <it@example.com>|Register churn 0.0.1'
registryGit('fsck', '--full', '--strict')

Properties registered = new Properties()
new File(basedir, 'target/model-registry/registered.properties').withReader('UTF-8') { registered.load(it) }
assert registered == [name: 'churn', version: '0.0.1', reference: 'churn@0.0.1', sha256: sha256] as Properties
true
