package io.wcshooks.maven.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code xml} block of README.md is, element for element, in the pom of an invoker project that
 * builds ({@code src/it/}), as invoker filters it; the conventions are in {@link ReadmeXmlBlock} and
 * {@link ReadmeXmlCheck}. The README's java blocks are integration-tests' ReadmeExamplesTest's.
 */
class ReadmeXmlTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String IT_DIRECTORY = "maven-plugin/src/it";
  /** Surefire passes invoker's filterProperties under this prefix (maven-plugin's pom). */
  private static final String FILTER_PREFIX = "invoker.filter.";

  private static List<String> readme;
  private static ReadmeXmlCheck check;

  @BeforeAll
  static void read() throws IOException {
    readme = Files.readAllLines(ROOT.resolve("README.md"));
    Map<String, String> filter = System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith(FILTER_PREFIX))
        .collect(Collectors.toMap(name -> name.substring(FILTER_PREFIX.length()), System::getProperty));
    check = new ReadmeXmlCheck(InvokerPom.thatBuild(ROOT, IT_DIRECTORY, filter));
  }

  @TestFactory
  List<DynamicTest> everyXmlBlockOfTheReadmeIsInAPomThatBuilds() {
    List<ReadmeXmlBlock> blocks = ReadmeXmlBlock.parse(readme);
    assertFalse(blocks.isEmpty(), "README.md has no xml block: the test would check nothing");
    List<DynamicTest> tests = new ArrayList<>();
    for (ReadmeXmlBlock block : blocks) {
      String name = "README.md:" + block.line();
      if (block.uncheckedReason() != null) {
        tests.add(DynamicTest.dynamicTest(name + " (unchecked)",
            () -> Assumptions.abort("not checked: " + block.uncheckedReason())));
      } else {
        tests.add(DynamicTest.dynamicTest(name, () -> {
          List<String> problems = check.problems(block);
          assertTrue(problems.isEmpty(), () -> name + ": the xml block is in no pom of an invoker project that builds ("
              + IT_DIRECTORY + "/*/pom.xml):\n" + String.join("\n", problems));
        }));
      }
    }
    return tests;
  }

  /** The check sees the poms as the builds do only if surefire passes it what invoker filters them with. */
  @Test
  void theCheckFiltersThePomsAsInvokerDoes() throws Exception {
    XmlElement pom = XmlElement.parseDocument(Files.readString(ROOT.resolve("maven-plugin/pom.xml")));
    assertEquals(expressions(plugin(pom, "maven-invoker-plugin"), "filterProperties", ""),
        expressions(plugin(pom, "maven-surefire-plugin"), "systemPropertyVariables", FILTER_PREFIX),
        "maven-plugin's pom: surefire's " + FILTER_PREFIX + "* properties are not invoker's filterProperties");
  }

  @Test
  void aScopeThatDriftedIsReportedAtItsReadmeLine() {
    int line = lineOf("<scope>provided</scope>");
    List<String> problems = problemsWith(line, "<scope>provided</scope>", "<scope>compile</scope>");
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("README.md:" + line + ": <scope> is 'compile', but 'provided' at "
        + IT_DIRECTORY + "/regeneration/pom.xml:"), problems::toString);
  }

  @Test
  void aVersionThatDriftedIsReportedAtItsReadmeLine() {
    int line = lineOf("<version>3.13.0</version>");
    List<String> problems = problemsWith(line, "3.13.0", "3.11.0");
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("README.md:" + line + ": <version> is '3.11.0', but '3.13.0' at "
        + IT_DIRECTORY + "/processor-path/pom.xml:"), problems::toString);
  }

  @Test
  void anElementThePomLacksIsReportedAtItsReadmeLine() {
    int line = lineOf("<artifactId>wcs-hooks-testkit</artifactId>");
    List<String> problems = problemsWith(line, "</artifactId>", "</artifactId><classifier>tests</classifier>");
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("README.md:" + line + ": <classifier> where " + IT_DIRECTORY
        + "/processor-path/pom.xml:"), problems::toString);
  }

  @Test
  void aDependencyNoPomHasIsReportedAtItsReadmeLine() {
    int line = lineOf("<artifactId>wcs-hooks-testkit</artifactId>");
    List<String> problems = problemsWith(line, "wcs-hooks-testkit", "wcs-hooks-test-kit");
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("README.md:" + (line - 2) + ": <dependency> io.wcshooks:wcs-hooks-test-kit "
        + "is not in <dependencies> of "), problems::toString);
  }

  @Test
  void aGoalThatDriftedIsReportedAtItsReadmeLine() {
    // Both of the plugin's blocks have it: the first drifts.
    int line = linesOf("<goal>spec</goal>").get(0);
    List<String> problems = problemsWith(line, "spec", "generate");
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("README.md:" + line + ": <goal> is 'generate', but 'spec' at "),
        problems::toString);
  }

  @Test
  void aPluginParameterThatDriftedIsReportedAtItsReadmeLine() {
    int line = lineOf("<packageName>com.example.wcs</packageName>");
    List<String> problems = problemsWith(line, "com.example.wcs", "com.example.hooks");
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("README.md:" + line + ": <packageName> is 'com.example.hooks', but "
        + "'com.example.wcs' at " + IT_DIRECTORY + "/processor-path/pom.xml:"), problems::toString);
  }

  @Test
  void commentsAndWhitespaceAreNotDifferences() {
    int line = lineOf("<scope>provided</scope>");
    assertEquals(List.of(), problemsWith(line, "<scope>provided</scope>",
        "<!-- only at compile time -->  <scope>\n provided </scope>"));
  }

  @Test
  void aBlockIsCheckedAgainstOnePomNotPiecesOfSeveral() {
    // The processor as a provided dependency is regeneration's; the testkit is processor-path's.
    ReadmeXmlBlock block = ReadmeXmlBlock.parse(List.of("```xml",
        "<dependency>",
        "  <groupId>io.wcshooks</groupId>",
        "  <artifactId>wcs-hooks-processor</artifactId>",
        "  <version>" + System.getProperty(FILTER_PREFIX + "wcs-hooks.version") + "</version>",
        "  <scope>provided</scope>",
        "</dependency>",
        "<dependency>",
        "  <groupId>io.wcshooks</groupId>",
        "  <artifactId>wcs-hooks-testkit</artifactId>",
        "  <version>" + System.getProperty(FILTER_PREFIX + "wcs-hooks.version") + "</version>",
        "  <scope>test</scope>",
        "</dependency>",
        "```")).get(0);
    assertEquals(1, check.problems(block).size(), () -> check.problems(block).toString());
  }

  @Test
  void aBlockThatIsNotXmlIsReportedAtItsReadmeLine() {
    List<String> problems = check.problems(ReadmeXmlBlock.parse(List.of("```xml", "<dependency>", "</dependencies>",
        "```")).get(0));
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("README.md:3: not well-formed XML: "), problems::toString);
  }

  /** The README's line (1-based) that holds the text; it must be there once. */
  private static int lineOf(String text) {
    List<Integer> lines = linesOf(text);
    assertEquals(1, lines.size(), () -> "README.md has '" + text + "' on lines " + lines + ", not on one");
    return lines.get(0);
  }

  /** The README's lines (1-based) that hold the text, at least one. */
  private static List<Integer> linesOf(String text) {
    List<Integer> lines = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      if (readme.get(i).contains(text)) {
        lines.add(i + 1);
      }
    }
    assertFalse(lines.isEmpty(), () -> "README.md has no '" + text + "'");
    return lines;
  }

  /** The problems of every xml block of the README with a line's text replaced. */
  private static List<String> problemsWith(int line, String from, String to) {
    List<String> mutated = new ArrayList<>(readme);
    assertTrue(mutated.get(line - 1).contains(from), mutated.get(line - 1));
    mutated.set(line - 1, mutated.get(line - 1).replace(from, to));
    return ReadmeXmlBlock.parse(mutated).stream()
        .filter(block -> block.uncheckedReason() == null)
        .flatMap(block -> check.problems(block).stream())
        .toList();
  }

  private static XmlElement plugin(XmlElement pom, String artifactId) {
    return pom.child("build").orElseThrow().child("plugins").orElseThrow().children().stream()
        .filter(plugin -> plugin.childText("artifactId").equals(artifactId))
        .findFirst().orElseThrow(() -> new AssertionError("maven-plugin's pom has no " + artifactId));
  }

  /** A plugin's configured map, the keys that start with the prefix, without it. */
  private static Map<String, String> expressions(XmlElement plugin, String parameter, String prefix) {
    return plugin.child("configuration").flatMap(configuration -> configuration.child(parameter)).orElseThrow()
        .children().stream()
        .filter(entry -> entry.name().startsWith(prefix))
        .collect(Collectors.toMap(entry -> entry.name().substring(prefix.length()), XmlElement::text));
  }
}
