def git = evaluate(new File(basedir, '../git.groovy')).curry(new File(basedir, 'registry/.git'))
String text = new File(basedir, 'build.log').text
List<String> errors = text.readLines().findAll { it.startsWith('[ERROR] ') }*.substring(8)

// 1 and 2: no CODEOWNERS at first, and fraud 1.0.0 entered production without a stage owner.
assert errors.contains('CODEOWNERS: [codeowners] registry.yaml names owners, but there is no CODEOWNERS file, so the'
        + ' Git host requires no owner\'s approval; write it from registry.yaml\'s owners: mvn model:check'
        + ' -Dmodel.writeCodeowners=true (ModelRegistry.writeCodeOwners), or change the owners in registry.yaml')
List<String> approvals = errors.findAll { it.startsWith('models/fraud/1.0.0/card.yaml: [stage-approval] fraud@1.0.0 is'
        + ' in production, whose owners are rita@example.com, but none of them approved the change that'
        + ' put it there: commit ') }
assert approvals.size() == 2 : errors.join('\n')
assert approvals.every { it.contains('"Add fraud 1.0.0 in production" by Bob Builder <bob@example.com>, committed on'
        + ' the branch without a merge') }
assert !errors.any { it.contains('churn@1.0.0') } : 'Rita owns production and put churn there'

// 2: CODEOWNERS was written in one commit that git reads, with its trailers.
List<String> subjects = git('log', '--format=%s', 'main').readLines()
assert subjects == ['Move fraud 1.0.0 back to production', 'Deprecate fraud 1.0.0',
        'Write CODEOWNERS from the owners in registry.yaml', 'Add fraud 1.0.0 in production',
        'Add churn 1.0.0 in production']
String written = git('log', '--format=%H', '--grep=^Registry-Action: write-codeowners$', 'main').strip()
assert text.contains("[INFO] Wrote CODEOWNERS from the owners in registry.yaml in commit ${written.take(10)}")
assert git('log', '-1', '--format=%(trailers:only,unfold)', written).strip() ==
        'Registry-Action: write-codeowners\nReason: owners-for-the-audit'
assert git('show', 'main:CODEOWNERS') == '''# Written by Model Registry from the owners in registry.yaml: do not edit it by hand.
# Change the owners there, then write this file again: mvn model:check -Dmodel.writeCodeowners=true
* @acme/ml-platform
/registry.yaml @acme/ml-platform
/CODEOWNERS @acme/ml-platform
/models/churn/ @acme/churn @acme/ml-platform
/models/fraud-*/ @acme/fraud @acme/ml-platform
'''

// 5: Rita's promotion is the approval; CODEOWNERS is up to date, and nothing more was written.
assert text.contains('[INFO] CODEOWNERS is already the file the owners in registry.yaml give')
assert text.contains('[INFO] Registry is valid (2 models, 2 versions) at commit ')
true
