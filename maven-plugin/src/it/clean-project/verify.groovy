// mvn verify of a clean content repository: checked, the project's version built, archived for
// auditors, and nothing written into the content but target/.
import groovy.json.JsonSlurper
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] 0 errors, 0 warnings in 13 documents')
assert log =~ /\[INFO\] built version 1\.0 \(internal edition, \d+ pages\) in .*target.handbook.1\.0/

def page = new File(basedir, 'target/handbook/1.0/policies/ai-policy.html')
assert page.text.contains('<h1>AI policy</h1>')
assert new File(basedir, 'target/handbook/latest/index.html').isFile()

def archives = new File(basedir, 'target/snapshots').listFiles().findAll { it.name.endsWith('.zip') }
assert archives*.name == ['aims-example-ltd-1.0-internal.zip']
assert log.contains('[INFO] archived ') && log =~ /\[INFO\] sha256 [0-9a-f]{64}  aims-example-ltd-1\.0-internal\.zip/
new ZipFile(archives[0]).withCloseable { zip ->
    def manifest = new JsonSlurper().parse(zip.getInputStream(zip.getEntry('MANIFEST.json')))
    assert manifest.version == '1.0'
    assert manifest.edition == 'internal'
    assert manifest.files.keySet().containsAll(['site/policies/ai-policy.html', 'handbook.pdf', 'soa.pdf', 'soa.csv'])
}

def jbake = new File(basedir, 'target/jbake')
assert new File(jbake, 'jbake.properties').text.contains('template.policy.file=policy.ftl')
assert new File(jbake, 'content/policies/ai-policy.html').text.startsWith('title=AI policy\n')
assert log =~ /\[INFO\] exported version 1\.0 \(internal edition\) to .*target.jbake/

def content = ['aims.yaml', 'soa.yaml', 'assessments', 'audits', 'data', 'improvements', 'objectives', 'policies',
               'reviews', 'roles', 'systems']
def project = ['pom.xml', 'verify.groovy', 'build.log', 'target']
def written = basedir.list().findAll { !it.startsWith('.') }  // invoker's own .mvn
assert written.sort() == (content + project).sort()
