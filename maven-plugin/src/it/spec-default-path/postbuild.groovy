// Left out, <spec> falls back to the bundled spec with a warning; set to the default path, in the pom
// or by the property, it is configured like any other path, and its absence fails the build.
def log = new File(basedir, 'build.log').text
def spec = new File(basedir, 'src/main/wcs/wcs-hooks.yaml').canonicalPath
def missing = "The spec ${spec} does not exist. Correct the path in <spec> (or -Dwcshooks.spec), or leave it out"

assert log.contains("[WARNING] No spec at ${spec}: the hooks are generated from the bundled WCS hooks spec.")
assert log.count(missing) == 2
assert log.count('BUILD SUCCESS') == 1
assert !new File(basedir, 'src/main/wcs').exists()
