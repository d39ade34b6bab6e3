// A registry repository with a working tree, as a CI job checks it out: main holds churn 1.0.0 in
// staging (a protected stage); branch pr-good promotes it to production, branch pr-bad deletes it
// and changes the artifact digest of churn 1.1.0.
def git = evaluate(new File(basedir, '../git.groovy'))
File registry = new File(basedir, 'registry')
File gitDir = new File(registry, '.git')
def inTree = { String... args -> git(gitDir, (["--work-tree=${registry}"] + args.toList()) as String[]) }
def write = { String path, String text ->
    File file = new File(registry, path)
    file.parentFile.mkdirs()
    file.setText(text, 'UTF-8')
}
def commit = { String subject ->
    inTree('add', '--all')
    inTree('-c', 'user.name=Bob Builder', '-c', 'user.email=bob@example.com', 'commit', '-q', '-m', subject)
}
def card = { String version, String stage, String digest -> """name: "churn"
version: "${version}"
stage: "${stage}"
createdAt: "2026-11-22T10:15:30Z"
createdBy: "Bob Builder <bob@example.com>"
artifact:
  uri: "https://models.example.com/churn-${version}.onnx"
  sha256: "${digest * 64}"
  size: 1048576
""" }
git(gitDir, 'init', '-q', '--initial-branch=main', registry.path)
write('models/churn/model.yaml', 'name: "churn"\n')
write('models/churn/1.0.0/card.yaml', card('1.0.0', 'staging', 'a'))
write('models/churn/1.1.0/card.yaml', card('1.1.0', 'development', 'b'))
commit('Add churn')
inTree('switch', '-q', '-c', 'pr-good')
write('models/churn/1.0.0/card.yaml', card('1.0.0', 'production', 'a'))
commit('Promote churn 1.0.0 to production')
inTree('switch', '-q', '-c', 'pr-bad', 'main')
inTree('rm', '-q', '-r', 'models/churn/1.0.0')
write('models/churn/1.1.0/card.yaml', card('1.1.0', 'development', 'c'))
commit('Clean up churn')
inTree('switch', '-q', 'main')
true
