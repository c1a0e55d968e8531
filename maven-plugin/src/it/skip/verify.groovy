// -Daimsbook.skip skips every goal: a project whose check would fail builds, and writes nothing.
def log = new File(basedir, 'build.log').text
assert log.findAll(/\[INFO\] aimsbook\.skip is set: skipped/).size() == 3
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target').exists()
