import groovy.json.JsonSlurper

def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'registry/.git'))
String text = new File(basedir, 'build.log').text
List<String> commits = git('log', '--format=%H', 'main').readLines()

// 1: the first commit is valid.
assert text.contains("[INFO] Registry is valid (1 model, 1 version) at commit ${commits[1].take(10)}")

// 2: the head fails with one line per problem, ordered by path and line, each with its fix.
String stray = ('models/churn/notes.txt: [stray-file] unexpected file: a model directory holds only model.yaml and'
        + ' version directories; move it out of models/ (to the top level, say) or delete it')
List<String> errors = text.readLines().findAll { it.startsWith('[ERROR] ') }*.substring(8)
int first = errors.findIndexOf { it.endsWith(": Registry is invalid at commit ${commits[0].take(10)}: 2 problems") }
assert first >= 0 : errors.join('\n')
assert errors[first + 1] == ('models/churn/1.0.0/card.yaml:7: [yaml] ambiguous plain value \'yes\' (YAML 1.1 reads it as bool);'
        + ' quote it ("yes")'
        + ' if it is text')
assert errors[first + 2] == stray
// 2: and the report as JSON, written before the build failed.
def report = new JsonSlurper().parse(new File(basedir, 'target/check.json'))
assert report.valid == false
assert report.commit == commits[0]
assert [report.models, report.versions] == [1, 1]
assert report.problems.collect { [it.path, it.line, it.rule] } == [['models/churn/1.0.0/card.yaml', 7, 'yaml'],
        ['models/churn/notes.txt', 0, 'stray-file']]

// 3: a revision that names no commit blames model.revision.
assert text.contains('"pr-99" names no commit in the registry at ')
assert text.contains('(set it with -Dmodel.revision=origin/pr-42 or <revision> in the plugin configuration)')
true
