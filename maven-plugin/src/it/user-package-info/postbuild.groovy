// The plugin failed the build at generate-sources, naming the user's package-info.java; the compiler
// never ran, and the user's file is as it was.
def log = new File(basedir, 'build.log').text
def own = new File(basedir, 'src/main/java/com/example/wcs/package-info.java')

assert log =~ /Failed to execute goal io\.wcshooks:wcs-hooks-maven-plugin:[^:]+:spec \(default\) on project user-package-info: /
assert log.contains("The package com.example.wcs, where the hooks are generated (<packageName> or "
    + "-Dwcshooks.package), has a package-info.java of yours: ${own.canonicalPath}. ")
assert !log.contains('a package-info.java file has already been seen')
assert !(log =~ /--- maven-compiler-plugin:[^ ]+:compile /)
assert own.text == '/** The hooks of this backend, as WCS calls them. */\npackage com.example.wcs;\n'
assert !new File(basedir, 'target/generated-sources/wcs-hooks/com/example/wcs/package-info.java').exists()
