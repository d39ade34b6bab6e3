// A registry edited by hand: registry.yaml names owners of the registry, of models and of the
// production stage; churn 1.0.0 was put into production by Rita, who owns the stage, and
// fraud 1.0.0 by Bob, who does not.
def tree = evaluate(new File(basedir, '../worktree.groovy'))
def write = tree.write
def commitAs = tree.commitAs
def card = { String model, String digit -> """name: "${model}"
version: "1.0.0"
stage: "production"
createdAt: "2026-11-22T10:15:30Z"
createdBy: "Bob Builder <bob@example.com>"
artifact:
  uri: "https://models.example.com/${model}-1.0.0.onnx"
  sha256: "${digit * 64}"
  size: 1048576
""" }
// The goals act as the repository's configured user: Rita, who owns production.
tree.git('config', 'user.name', 'Rita Release')
tree.git('config', 'user.email', 'rita@example.com')
write('registry.yaml', '''owners:
  registry: ["@acme/ml-platform"]
  models:
    churn: ["@acme/churn"]
    "fraud-*": ["@acme/fraud"]
  stages:
    production: ["rita@example.com"]
''')
write('models/churn/model.yaml', 'name: "churn"\n')
write('models/churn/1.0.0/card.yaml', card('churn', '1'))
commitAs('Rita Release', 'rita@example.com', 'Add churn 1.0.0 in production')
write('models/fraud/model.yaml', 'name: "fraud"\n')
write('models/fraud/1.0.0/card.yaml', card('fraud', '2'))
commitAs('Bob Builder', 'bob@example.com', 'Add fraud 1.0.0 in production')
true
