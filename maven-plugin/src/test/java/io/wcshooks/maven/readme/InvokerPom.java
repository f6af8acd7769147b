package io.wcshooks.maven.readme;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.xml.sax.SAXParseException;

/**
 * The pom of an invoker project ({@code src/it/NAME/pom.xml}) as its build reads it: filtered with the
 * values maven-invoker-plugin gives the projects ({@code @name@} tokens, its {@code filterProperties}).
 *
 * @param name the pom's path from the repository's root, as problems name it
 * @param project its root element
 */
record InvokerPom(String name, XmlElement project) {
  private static final Pattern TOKEN = Pattern.compile("@([\\w.-]+)@");

  /** Where an element of a README block goes in a pom, below {@code <project>}; elsewhere right under it. */
  private static final Map<String, List<String>> PARENTS = Map.of(
      "dependency", List.of("dependencies"),
      "plugin", List.of("build", "plugins"));

  /**
   * The poms of the invoker projects under {@code itDirectory} whose builds succeed: a build expected to
   * fail ({@code invoker.buildResult = failure}) proves nothing about the setup its pom shows.
   */
  static List<InvokerPom> thatBuild(Path root, String itDirectory, Map<String, String> filter) throws IOException {
    List<InvokerPom> poms = new ArrayList<>();
    try (Stream<Path> projects = Files.list(root.resolve(itDirectory))) {
      for (Path project : projects.sorted().toList()) {
        Path pom = project.resolve("pom.xml");
        if (Files.isRegularFile(pom) && !expectedToFail(project.resolve("invoker.properties"))) {
          poms.add(of(root.relativize(pom).toString().replace('\\', '/'), Files.readString(pom), filter));
        }
      }
    }
    return poms;
  }

  /** A pom's text, filtered as invoker filters it; a token without a value is an error, not a difference. */
  static InvokerPom of(String name, String text, Map<String, String> filter) {
    Matcher token = TOKEN.matcher(text);
    StringBuilder filtered = new StringBuilder();
    while (token.find()) {
      String value = filter.get(token.group(1));
      if (value == null) {
        throw new IllegalArgumentException(name + ": " + token.group() + " has no value: maven-plugin's pom gives "
            + "invoker's filterProperties to this check too (surefire's invoker.filter.* properties)");
      }
      token.appendReplacement(filtered, Matcher.quoteReplacement(value));
    }
    token.appendTail(filtered);
    try {
      return new InvokerPom(name, XmlElement.parseDocument(filtered.toString()));
    } catch (SAXParseException e) {
      throw new IllegalArgumentException(name + ":" + e.getLineNumber() + ": not well-formed: " + e.getMessage(), e);
    }
  }

  /**
   * The elements of this pom's own build where a README element of that name would go: its profiles
   * are left out, as a user copying the README gets none of them.
   */
  List<XmlElement> placesFor(String elementName) {
    XmlElement parent = project;
    for (String step : PARENTS.getOrDefault(elementName, List.of())) {
      parent = parent.child(step).orElse(null);
      if (parent == null) {
        return List.of();
      }
    }
    return parent.children().stream().filter(element -> element.name().equals(elementName)).toList();
  }

  /** Where a README element of that name goes, in words. */
  static String placeOf(String elementName) {
    return "<" + String.join("><", PARENTS.getOrDefault(elementName, List.of("project"))) + ">";
  }

  private static boolean expectedToFail(Path invokerProperties) throws IOException {
    if (!Files.isRegularFile(invokerProperties)) {
      return false;
    }
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(invokerProperties)) {
      properties.load(in);
    }
    return properties.stringPropertyNames().stream()
        .anyMatch(key -> key.startsWith("invoker.buildResult") && properties.getProperty(key).trim().equals("failure"));
  }
}
