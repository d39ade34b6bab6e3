// Makes the project its own Git repository, with a token in its origin URL as CI clones have.
def git = evaluate(new File(basedir, '../git.groovy'))
File gitDir = new File(basedir, '.git')
git(gitDir, 'init', '-q')
git(gitDir, 'remote', 'add', 'origin', 'https://ci-token:s3cr3t@git.example.com/ml/churn.git')
git(gitDir, 'add', 'pom.xml', 'src')
git(gitDir, '-c', 'user.name=Trainer', '-c', 'user.email=trainer@example.com', 'commit', '-q', '-m', 'Train churn')
true
