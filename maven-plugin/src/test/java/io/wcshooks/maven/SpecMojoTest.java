package io.wcshooks.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.spec.SpecLoader;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal run as Maven runs it, on a module in a temporary directory, across builds without clean. */
class SpecMojoTest {
  @TempDir
  Path basedir;

  private final List<String> log = new ArrayList<>();
  /** The module's own source roots, as Maven lists them before the goal adds its own. */
  private final List<Path> sourceRoots = new ArrayList<>();
  /** {@code <spec>} as the pom sets it, or null when the pom leaves it out. */
  private String specInThePom;
  /** The {@code wcshooks.spec} property, or null when it is not set. */
  private String specProperty;

  @Test
  void theModulesSpecIsValidatedAndNamedInTheMarker() throws Exception {
    Path spec = copyOfTheBundledSpec(defaultSpec());
    run(defaultSpec(), "io.wcshooks.hooks", output());
    assertTrue(marker().contains("(path = " + MarkerSource.javaString(spec.toString()) + ", sha256 = \""), marker());
    assertTrue(log.stream().anyMatch(line -> line.startsWith("info: WCS hooks spec ")), log::toString);
  }

  @Test
  void noSpecAtTheDefaultPathWarnsThatTheBundledOneIsUsed() throws Exception {
    run(defaultSpec(), "io.wcshooks.hooks", output());
    assertTrue(marker().contains("(path = \"\", sha256 = \"\")"), marker());
    assertEquals(List.of("warn: No spec at " + defaultSpec() + ": the hooks are generated from the bundled WCS hooks "
        + "spec. To use one of your own, copy the bundled spec there, or set <spec> to the file's path"),
        log.stream().filter(line -> line.startsWith("warn: ")).toList());
  }

  @Test
  void aConfiguredSpecThatDoesNotExistFailsTheBuild() throws Exception {
    copyOfTheBundledSpec(defaultSpec());
    Path mistyped = basedir.resolve("src/main/wcs/wcs-hooks.yml");
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> run(mistyped, "io.wcshooks.hooks", output()));
    assertEquals("The spec " + mistyped + " does not exist. Correct the path in <spec> (or -Dwcshooks.spec), or "
        + "leave it out: then the spec is src/main/wcs/wcs-hooks.yaml, or the bundled spec when the module has "
        + "none there", failure.getMessage());
    assertFalse(Files.exists(output()));
  }

  @Test
  void theDefaultPathSetInThePomMustExist() throws Exception {
    specInThePom = defaultSpec().toString();
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> run(defaultSpec(), "io.wcshooks.hooks", output()));
    assertEquals("The spec " + defaultSpec() + " does not exist. Correct the path in <spec> (or -Dwcshooks.spec), or "
        + "leave it out: then the spec is src/main/wcs/wcs-hooks.yaml, or the bundled spec when the module has "
        + "none there", failure.getMessage());
  }

  @Test
  void theDefaultPathSetByThePropertyMustExist() throws Exception {
    specProperty = SpecMojo.DEFAULT_SPEC;
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> run(defaultSpec(), "io.wcshooks.hooks", output()));
    assertTrue(failure.getMessage().startsWith("The spec " + defaultSpec() + " does not exist. "), failure::getMessage);
  }

  @Test
  void thePropertyInThePomExpressionIsTheDefault() throws Exception {
    // What Maven hands the goal when the pom leaves <spec> out, written out in the pom.
    specInThePom = "${wcshooks.spec}";
    run(defaultSpec(), "io.wcshooks.hooks", output());
    assertTrue(log.stream().anyMatch(line -> line.startsWith("warn: No spec at ")), log::toString);
  }

  @Test
  void aDirectoryAsTheSpecFailsTheBuild() throws Exception {
    Path directory = copyOfTheBundledSpec(defaultSpec()).getParent();
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> run(directory, "io.wcshooks.hooks", output()));
    assertEquals("The spec " + directory + " is not a file: give the path of the spec's YAML file in <spec> (or "
        + "-Dwcshooks.spec)", failure.getMessage());
  }

  @Test
  void aPackageNameThatIsNotOneFailsTheBuildSayingWhereItIsSet() {
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> run(defaultSpec(), "com.example.class", output()));
    assertEquals("The packageName 'com.example.class' (<packageName> or -Dwcshooks.package) is not a Java package "
        + "name: give Java identifiers joined by dots, none of them a keyword, such as com.example.wcs",
        failure.getMessage());
  }

  @Test
  void anotherPackageRemovesTheMarkerOfTheOldOne() throws Exception {
    run(defaultSpec(), "com.example.old", output());
    run(defaultSpec(), "com.example.wcs", output());
    assertEquals(List.of(output().resolve("com/example/wcs/package-info.java")), packageInfos(output()));
  }

  @Test
  void theOldPackagesDirectoriesGoWhenEmpty() throws Exception {
    run(defaultSpec(), "com.example.old.hooks", output());
    run(defaultSpec(), "com.example.wcs", output());
    assertFalse(Files.exists(output().resolve("com/example/old")));
    assertEquals(List.of(output().resolve("com/example/wcs/package-info.java")), packageInfos(output()));
    run(defaultSpec(), "org.example.wcs", output());
    assertEquals(List.of(output(), output().resolve("org"), output().resolve("org/example"),
        output().resolve("org/example/wcs")), directories(output()));
  }

  @Test
  void aDirectoryWithOtherFilesStaysWhenItsMarkerGoes() throws Exception {
    // <outputDirectory> pointed at the module's own sources, with a class in the old package.
    Path sources = basedir.resolve("src/main/java");
    run(defaultSpec(), "com.example.old", sources);
    Path own = sources.resolve("com/example/old/Hooks.java");
    Files.writeString(own, "package com.example.old;\n\nclass Hooks {}\n");
    run(defaultSpec(), "com.example.wcs", sources);
    try (Stream<Path> files = Files.list(own.getParent())) {
      assertEquals(List.of(own), files.toList());
    }
  }

  @Test
  void aPackageInfoThePluginDidNotWriteStays() throws Exception {
    // A user's own marker, as the README shows it, in a source root the plugin was pointed at.
    Path sources = basedir.resolve("src/main/java");
    Path own = sources.resolve("com/example/echo/package-info.java");
    Files.createDirectories(own.getParent());
    Files.writeString(own, "@WcsHooksSpec\npackage com.example.echo;\n\nimport io.wcshooks.api.WcsHooksSpec;\n");
    run(defaultSpec(), "com.example.wcs", sources);
    assertEquals(List.of(own, sources.resolve("com/example/wcs/package-info.java")), packageInfos(sources));
  }

  @Test
  void aPackageInfoOfTheUsersInTheHooksPackageFailsTheBuildAndStays() throws Exception {
    // javac reads one package-info.java per package: the marker or this file would be lost.
    Path sources = basedir.resolve("src/main/java");
    sourceRoots.add(sources);
    Path own = sources.resolve("com/example/wcs/package-info.java");
    Files.createDirectories(own.getParent());
    String text = "/** The hooks of this backend. */\n@Deprecated\npackage com.example.wcs;\n";
    Files.writeString(own, text);
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> run(defaultSpec(), "com.example.wcs", output()));
    assertEquals("The package com.example.wcs, where the hooks are generated (<packageName> or -Dwcshooks.package), "
        + "has a package-info.java of yours: " + own + ". The plugin writes that package's package-info.java itself, "
        + "with the @WcsHooksSpec that names the spec, and javac reads only one per package: generate the hooks into "
        + "a package of their own, or move that file's Javadoc and annotations to another package",
        failure.getMessage());
    assertEquals(text, Files.readString(own));
    assertFalse(Files.exists(output()));
  }

  @Test
  void aHandWrittenMarkerInTheHooksPackageIsToBeDeleted() throws Exception {
    Path sources = basedir.resolve("src/main/java");
    sourceRoots.add(sources);
    Path own = sources.resolve("com/example/wcs/package-info.java");
    Files.createDirectories(own.getParent());
    Files.writeString(own, "@WcsHooksSpec\npackage com.example.wcs;\n\nimport io.wcshooks.api.WcsHooksSpec;\n");
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> run(defaultSpec(), "com.example.wcs", output()));
    assertTrue(failure.getMessage().endsWith("javac reads only one per package: delete yours, whose @WcsHooksSpec "
        + "the plugin's replaces, or generate the hooks into another package"), failure.getMessage());
  }

  @Test
  void aPackageInfoOfTheUsersInAnotherPackageIsNoConcern() throws Exception {
    Path sources = basedir.resolve("src/main/java");
    sourceRoots.add(sources);
    Path own = sources.resolve("com/example/package-info.java");
    Files.createDirectories(own.getParent());
    Files.writeString(own, "/** The backend. */\npackage com.example;\n");
    run(defaultSpec(), "com.example.wcs", output());
    assertEquals(List.of(output().resolve("com/example/wcs/package-info.java")), packageInfos(output()));
  }

  @Test
  void aPackageInfoOfTheUsersWhereTheMarkerGoesIsNeverOverwritten() throws Exception {
    // <outputDirectory> pointed at the module's own sources.
    Path sources = basedir.resolve("src/main/java");
    sourceRoots.add(sources);
    Path own = sources.resolve("com/example/wcs/package-info.java");
    Files.createDirectories(own.getParent());
    String text = "/** The hooks of this backend. */\npackage com.example.wcs;\n";
    Files.writeString(own, text);
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> run(defaultSpec(), "com.example.wcs", sources));
    assertEquals(own + " is not a marker the plugin wrote, so the plugin leaves it as it is and cannot write its own "
        + "there: point <outputDirectory> at a directory of generated sources (by default "
        + "target/generated-sources/wcs-hooks), or generate the hooks into another package with <packageName> (or "
        + "-Dwcshooks.package)", failure.getMessage());
    assertEquals(text, Files.readString(own));
  }

  private Path defaultSpec() {
    return basedir.resolve(SpecMojo.DEFAULT_SPEC);
  }

  private Path output() {
    return basedir.resolve("target/generated-sources/wcs-hooks");
  }

  private String marker() throws IOException {
    return Files.readString(output().resolve("io/wcshooks/hooks/package-info.java"));
  }

  private static Path copyOfTheBundledSpec(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (InputStream in = SpecLoader.class.getClassLoader().getResourceAsStream(SpecLoader.BUNDLED_SPEC)) {
      Files.copy(in, file);
    }
    return file;
  }

  /** One build's run of the goal. */
  private void run(Path spec, String packageName, Path outputDirectory) throws Exception {
    MavenProject project = new MavenProject();
    project.setFile(basedir.resolve("pom.xml").toFile());
    sourceRoots.forEach(root -> project.addCompileSourceRoot(root.toString()));
    SpecMojo mojo = new SpecMojo();
    mojo.setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        log.add("info: " + content);
      }

      @Override
      public void warn(CharSequence content) {
        log.add("warn: " + content);
      }
    });
    // Maven sets the parameters' fields directly, as here.
    set(mojo, "spec", spec.toFile());
    set(mojo, "packageName", packageName);
    set(mojo, "outputDirectory", outputDirectory.toFile());
    set(mojo, "project", project);
    set(mojo, "mojoExecution", execution());
    set(mojo, "specProperty", specProperty);
    set(mojo, "pluginVersion", "1.2.3");
    mojo.execute();
    List<String> roots = new ArrayList<>(sourceRoots.stream().map(Path::toString).toList());
    if (!roots.contains(outputDirectory.toString())) {
      roots.add(outputDirectory.toString());
    }
    assertEquals(roots, project.getCompileSourceRoots());
  }

  /**
   * The goal's execution, with its configuration as Maven finalizes it: each parameter the pom leaves
   * out is there with its property expression as its value.
   */
  private MojoExecution execution() {
    Xpp3Dom spec = new Xpp3Dom("spec");
    spec.setAttribute("default-value", "${project.basedir}/" + SpecMojo.DEFAULT_SPEC);
    spec.setValue(specInThePom != null ? specInThePom : "${wcshooks.spec}");
    Xpp3Dom configuration = new Xpp3Dom("configuration");
    configuration.addChild(spec);
    MojoExecution execution = new MojoExecution(new MojoDescriptor());
    execution.setConfiguration(configuration);
    return execution;
  }

  private static void set(SpecMojo mojo, String field, Object value) throws ReflectiveOperationException {
    Field declared = SpecMojo.class.getDeclaredField(field);
    declared.setAccessible(true);
    declared.set(mojo, value);
  }

  private static List<Path> directories(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static List<Path> packageInfos(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.getFileName().toString().equals("package-info.java")).sorted().toList();
    }
  }
}
