// A registry edited by hand, as people do in pull requests: a Git repository with a working tree
// whose branch main has a valid version in its first commit, and two mistakes in its second.
def git = evaluate(new File(basedir, '../git.groovy'))
File registry = new File(basedir, 'registry')
File gitDir = new File(registry, '.git')
def write = { String path, String text ->
    File file = new File(registry, path)
    file.parentFile.mkdirs()
    file.setText(text, 'UTF-8')
}
def commit = { String subject ->
    git(gitDir, "--work-tree=${registry}", 'add', '--all')
    git(gitDir, '-c', 'user.name=Bob Builder', '-c', 'user.email=bob@example.com', 'commit', '-q', '-m', subject)
}
git(gitDir, 'init', '-q', '--initial-branch=main', registry.path)
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
