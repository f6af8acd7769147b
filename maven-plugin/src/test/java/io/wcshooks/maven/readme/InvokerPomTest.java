package io.wcshooks.maven.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which poms the README is checked against, and what of them. */
class InvokerPomTest {
  private static final String POM = """
      <project>
        <dependencies>
          <dependency><artifactId>a</artifactId><version>@v@</version></dependency>
        </dependencies>
        <profiles>
          <profile>
            <dependencies>
              <dependency><artifactId>b</artifactId></dependency>
            </dependencies>
          </profile>
        </profiles>
      </project>
      """;

  @TempDir Path root;

  @Test
  void aProjectWhoseBuildIsExpectedToFailIsLeftOut() throws IOException {
    write("it/builds/pom.xml", POM);
    write("it/fails/pom.xml", POM);
    write("it/fails/invoker.properties", "invoker.goals = compile\ninvoker.buildResult = failure\n");
    List<InvokerPom> poms = InvokerPom.thatBuild(root, "it", Map.of("v", "1"));
    assertEquals(List.of("it/builds/pom.xml"), poms.stream().map(InvokerPom::name).toList());
  }

  @Test
  void theTokensAreFilteredAsInvokerDoes() {
    InvokerPom pom = InvokerPom.of("pom.xml", POM, Map.of("v", "1.0"));
    assertEquals("1.0", pom.placesFor("dependency").get(0).childText("version"));
  }

  @Test
  void aTokenWithoutAValueIsAnError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> InvokerPom.of("it/x/pom.xml", POM, Map.of()));
    assertEquals("it/x/pom.xml: @v@ has no value: maven-plugin's pom gives invoker's filterProperties to this check "
        + "too (surefire's invoker.filter.* properties)", error.getMessage());
  }

  @Test
  void aProfilesElementsAreNotTheBuilds() {
    InvokerPom pom = InvokerPom.of("pom.xml", POM, Map.of("v", "1"));
    assertEquals(List.of("a"), pom.placesFor("dependency").stream().map(d -> d.childText("artifactId")).toList());
    assertEquals(List.of(), pom.placesFor("plugin"));
    assertEquals(1, pom.placesFor("profiles").size());
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
