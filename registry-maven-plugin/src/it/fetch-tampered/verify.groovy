String sha256 = '172b8b8c945944a9eadcea3c8afe8f74881028191f17b5645138153accc9eb95'
String log = new File(basedir, 'build.log').text

// verify: a table row for the version, and a failure naming it.
assert log.contains("churn@0.0.1  CORRUPT  store:sha256/${sha256}  expected 20 bytes with sha256 ${sha256}, read 20 bytes with sha256 ")
assert log.contains('Verified 1 artifact: 1 CORRUPT')
assert log.contains('1 of 1 artifacts are missing or corrupt: churn@0.0.1 is CORRUPT.')

// fetch: an integrity failure of its own, not a transfer error, and nothing at the destination.
assert log.contains("The artifact of churn@0.0.1 (store:sha256/${sha256}) is not what its card records: expected 20"
        + " bytes with sha256 ${sha256}")
assert !log.contains('The artifact transfer failed')
assert !log.contains('Exception:') : 'the failure messages must not be stack traces'
File fetched = new File(basedir, 'target/fetched')
assert fetched.list() == [] as String[] : "fetch left files behind: ${fetched.list()}"
true
