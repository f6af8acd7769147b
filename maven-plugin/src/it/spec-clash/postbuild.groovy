// The plugin failed the build at generate-sources with every clash, each with its line and path in
// the spec, all at once; the compiler, and the processor in it, never ran, so none is said twice.
def log = new File(basedir, 'build.log').text
def spec = new File(basedir, 'src/main/wcs/wcs-hooks.yaml').readLines()
def lineOf = { String fragment -> spec.findIndexOf { it.contains(fragment) } + 1 }

assert log =~ /Failed to execute goal io\.wcshooks:wcs-hooks-maven-plugin:[^:]+:spec \(default\) on project spec-clash: /
assert log.contains("line ${lineOf('- name: Connect')}, \$.enums[0].name: enum 'Connect' and method 'connect' "
    + "(line ${lineOf('- name: connect')}, \$.methods[0].name) would both be generated as class Connect; "
    + "rename the enum")
assert log.contains("line ${lineOf('- name: userAgent')}, \$.methods[0].parameters[2].name: parameter 'userAgent' "
    + "and parameter 'User-Agent' (line ${lineOf('- name: User-Agent')}, \$.methods[0].parameters[1].name) would "
    + "both be read and written by Connect.userAgent(); a request type needs one accessor per JSON field")
// The goal's own line, not the plugin's name: a fresh local repository logs the plugin's download.
assert !(log =~ /--- maven-compiler-plugin:[^ ]+:compile /)
