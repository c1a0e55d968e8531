// mvn verify fails at the check, the diagnostic logged as the CLI prints it, with the content's
// absolute path so that IDEs link it, and the failure is one line, not a stack trace.
def log = new File(basedir, 'build.log').text
def policy = new File(basedir, 'policies/ai-policy.adoc').canonicalPath.replace('\\', '/')
assert log.contains("[ERROR] ${policy}:5:8: error [REF-UNKNOWN] `role:aims-manger` does not exist")
assert log.contains('[ERROR]   did you mean `role:aims-manager`')
assert log =~ /\[ERROR\] Failed to execute goal org\.aimsbook:aimsbook-maven-plugin:[^:]+:check \(default\) on project dangling-reference: 1 error, 0 warnings in 13 documents in /
assert !(log =~ /(?m)^\s+at [a-z]/)
assert !new File(basedir, 'target/handbook').exists()
