String log = new File(basedir, 'build.log').text
assert log.contains('No model file: register-missing-file (packaging pom) has no packaged artifact to register.')
assert log.contains('(set it with -Dmodel.file=target/churn.onnx or <file> in the plugin configuration)')
assert !log.contains('Exception:') : 'the failure message must not be a stack trace'
// Nothing was created: the parameters are checked before the registry is opened.
assert !new File(basedir, 'target/registry').exists()
true
