// mvn aimsbook:help lists every goal the plugin has.
def log = new File(basedir, 'build.log').text
['check', 'build', 'snapshot', 'export-oscal', 'export-jbake', 'schema', 'help'].each { goal ->
    assert log.contains("aimsbook:${goal}\n") || log.contains("aimsbook:${goal}\r\n") : "aimsbook:${goal} is listed"
}
assert log.contains('This plugin has 7 goals:')
