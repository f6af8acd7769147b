package io.wcshooks.maven.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.wcshooks.maven.PluginDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/**
 * README's section on the plugin names every parameter a pom may set, as the plugin's descriptor
 * lists them: a parameter added to the mojo and not to the README fails here.
 */
class ReadmeParametersTest {
  private static final Path README = Path.of("..").toAbsolutePath().normalize().resolve("README.md");
  private static final String SECTION = "## Using your own spec";

  @Test
  void theReadmeDocumentsEveryParameterOfThePlugin() throws Exception {
    String readme = Files.readString(README);
    int start = readme.indexOf(SECTION);
    assertFalse(start < 0, "README.md has no '" + SECTION + "'");
    int end = readme.indexOf("\n## ", start + SECTION.length());
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    SortedSet<String> parameters = PluginDescriptor.parameters();
    assertFalse(parameters.isEmpty(), "the descriptor has no parameters");
    List<String> missing = parameters.stream().filter(name -> !section.contains("`" + name + "`")).toList();
    assertEquals(List.of(), missing, "parameters README.md's '" + SECTION + "' does not name (as `name`)");
  }
}
