// The build log's [INFO] lines, for the hook scripts of the integration tests:
//   def log = evaluate(new File(basedir, '../log.groovy'))
//   log.contains(['NAME   VERSION', '-----  -------', 'churn  1.0.0'])
// asserts that these lines follow each other in build.log, with the log level cut off and every
// time such as 2026-03-01T09:30:00Z replaced by TIME (the columns keep their width).
List<String> lines = new File(basedir, 'build.log').readLines()
        .findAll { it.startsWith('[INFO] ') }
        .collect { it.substring(7).replaceAll(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/, 'TIME                ') }
        .collect { it.stripTrailing() }
return [
    lines: lines,
    contains: { List<String> expected ->
        assert Collections.indexOfSubList(lines, expected) >= 0 : "the build log lacks:\n${expected.join('\n')}"
    },
]
