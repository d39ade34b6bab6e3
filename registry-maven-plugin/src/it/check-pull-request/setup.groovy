// A registry repository with a working tree, as a CI job checks it out: main holds churn 1.0.0 in
// staging (a protected stage); branch pr-good promotes it to production, branch pr-bad deletes it
// and changes the artifact digest of churn 1.1.0.
def tree = evaluate(new File(basedir, '../worktree.groovy'))
def inTree = tree.inTree
def write = tree.write
def commit = tree.commit
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
