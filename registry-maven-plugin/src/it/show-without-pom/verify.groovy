import groovy.json.JsonSlurper

assert !new File(basedir, 'pom.xml').exists()

// The text report, in the build log of the run without a POM.
String log = new File(basedir, 'build.log').text
[
    'churn@0.0.1 [development]', 'Description  Gradient-boosted trees',
    'Metrics', '  accuracy  0.93', '  auc       0.97',
    'Hyperparameters', '  eta        0.10', '  max_depth  6',
    'Artifact', 'Format   onnx', 'Metadata', '  maven.project  dev.modelregistry.it:show-without-pom-training:1.0',
].each { expected -> assert log.contains(expected) : "the report lacks ${expected}" }

// The JSON form has the card's fields, with numbers as numbers and versions as text.
def card = new JsonSlurper().parse(new File(basedir, 'show.json'))
assert card.name == 'churn'
assert card.version == '0.0.1'
assert card.stage == 'development'
assert card.metrics == [accuracy: 0.93, auc: 0.97]
assert card.hyperparameters == [eta: '0.10', max_depth: '6']
assert card.artifact.format == 'onnx'
assert card.artifact.sha256 ==~ /[0-9a-f]{64}/
assert card.artifact.size == new File(basedir, 'training/churn.model').length()
assert card.metadata.maven.project == 'dev.modelregistry.it:show-without-pom-training:1.0'
true
