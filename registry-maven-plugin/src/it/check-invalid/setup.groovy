// A registry edited by hand, as people do in pull requests: a Git repository with a working tree
// whose branch main has a valid version in its first commit, and two mistakes in its second.
def tree = evaluate(new File(basedir, '../worktree.groovy'))
def write = tree.write
def commit = tree.commit
String card = '''name: "churn"
version: "1.0.0"
stage: "production"
createdAt: "2026-11-22T10:15:30Z"
createdBy: "Bob Builder <bob@example.com>"
metrics:
  accuracy: 0.93
artifact:
  uri: "https://models.example.com/churn-1.0.0.onnx"
  sha256: "0000000000000000000000000000000000000000000000000000000000000000"
  size: 1048576
'''
write('models/churn/model.yaml', 'name: "churn"\nowner: "team-churn"\n')
write('models/churn/1.0.0/card.yaml', card)
commit('Add churn 1.0.0 by hand')
write('models/churn/1.0.0/card.yaml', card.replace('accuracy: 0.93', 'accuracy: yes'))
write('models/churn/notes.txt', 'todo: retrain\n')
commit('Tweak churn by hand')
true
