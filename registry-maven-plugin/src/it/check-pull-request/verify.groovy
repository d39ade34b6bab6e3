def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'registry/.git'))
String text = new File(basedir, 'build.log').text

// 1: the good pull request passes.
assert text.contains("[INFO] Registry is valid (1 model, 2 versions) at commit ${git('rev-parse', 'pr-good').take(10)}")

// 2: the bad one fails with its two violations, in path order.
List<String> errors = text.readLines().findAll { it.startsWith('[ERROR] ') }*.substring(8)
int first = errors.findIndexOf { it.endsWith(": Registry is invalid at commit ${git('rev-parse', 'pr-bad').take(10)}: 2 problems") }
assert first >= 0 : errors.join('\n')
assert errors[first + 1] == ('models/churn/1.0.0/card.yaml: [protected-delete] churn@1.0.0 is deleted from staging, a'
        + ' protected stage; restore it; deleting a version in a protected stage needs force, recorded in its'
        + ' commit\'s Forced trailer: mvn model:delete -Dmodel.ref=churn@1.0.0 -Dmodel.force=true'
        + ' -Dmodel.reason="..."')
assert errors[first + 2] == ("models/churn/1.1.0/card.yaml:6: [artifact-changed] the artifact of churn@1.1.0 changed"
        + " (sha256 ${'b' * 64}, size 1048576 before); a registered artifact never changes; restore artifact as it"
        + " was, and register the new model file as a new version").toString()
true
