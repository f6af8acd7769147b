package io.wcshooks.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal run as Maven runs it, on a module in a temporary directory, across builds without clean. */
class SpecMojoTest {
  @TempDir
  Path basedir;

  @Test
  void anotherPackageRemovesTheMarkerOfTheOldOne() throws Exception {
    run("com.example.old", output());
    run("com.example.wcs", output());
    assertEquals(List.of(output().resolve("com/example/wcs/package-info.java")), packageInfos(output()));
  }

  @Test
  void aPackageInfoThePluginDidNotWriteStays() throws Exception {
    // A user's own marker, as the README shows it, in a source root the plugin was pointed at.
    Path sources = basedir.resolve("src/main/java");
    Path own = sources.resolve("com/example/echo/package-info.java");
    Files.createDirectories(own.getParent());
    Files.writeString(own, "@WcsHooksSpec\npackage com.example.echo;\n\nimport io.wcshooks.api.WcsHooksSpec;\n");
    run("com.example.wcs", sources);
    assertEquals(List.of(own, sources.resolve("com/example/wcs/package-info.java")), packageInfos(sources));
  }

  private Path output() {
    return basedir.resolve("target/generated-sources/wcs-hooks");
  }

  /** One build's run of the goal, with Maven's defaults for what is not given. */
  private void run(String packageName, Path outputDirectory) throws Exception {
    MavenProject project = new MavenProject();
    project.setFile(basedir.resolve("pom.xml").toFile());
    SpecMojo mojo = new SpecMojo();
    // Maven sets the parameters' fields directly, as here.
    set(mojo, "spec", basedir.resolve("src/main/wcs/wcs-hooks.yaml").toFile());
    set(mojo, "packageName", packageName);
    set(mojo, "outputDirectory", outputDirectory.toFile());
    set(mojo, "project", project);
    set(mojo, "pluginVersion", "1.2.3");
    mojo.execute();
    assertEquals(List.of(outputDirectory.toString()), project.getCompileSourceRoots());
  }

  private static void set(SpecMojo mojo, String field, Object value) throws ReflectiveOperationException {
    Field declared = SpecMojo.class.getDeclaredField(field);
    declared.setAccessible(true);
    declared.set(mojo, value);
  }

  private static List<Path> packageInfos(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.getFileName().toString().equals("package-info.java")).sorted().toList();
    }
  }
}
