// A registry repository with a working tree, registry/ under the test's directory, on branch main,
// as people edit one by hand in a clone. For the setup scripts of the integration tests:
//   def tree = evaluate(new File(basedir, '../worktree.groovy'))
//   tree.write('models/churn/model.yaml', 'name: "churn"\n')
//   tree.commit('Add churn')                                   // as Bob Builder <bob@example.com>
//   tree.commitAs('Rita Release', 'rita@example.com', 'Add churn')
//   tree.git('config', 'user.name', 'Rita Release')            // git on the repository
//   tree.inTree('switch', '-q', '-c', 'pr-good')               // git in the working tree
def git = evaluate(new File(basedir, '../git.groovy'))
File registry = new File(basedir, 'registry')
File gitDir = new File(registry, '.git')
git(gitDir, 'init', '-q', '--initial-branch=main', registry.path)
def inTree = { String... args -> git(gitDir, (["--work-tree=${registry}"] + args.toList()) as String[]) }
def commitAs = { String name, String email, String subject ->
    inTree('add', '--all')
    inTree('-c', "user.name=${name}", '-c', "user.email=${email}", '-c', 'commit.gpgsign=false', 'commit', '-q',
            '-m', subject)
}
return [
    git     : { String... args -> git(gitDir, args) },
    inTree  : inTree,
    write   : { String path, String text ->
        File file = new File(registry, path)
        file.parentFile.mkdirs()
        file.setText(text, 'UTF-8')
    },
    commitAs: commitAs,
    commit  : { String subject -> commitAs('Bob Builder', 'bob@example.com', subject) },
]
