package io.wcshooks.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The plugin as its jar describes it: the descriptor the build generates from the mojos'
 * annotations ({@code META-INF/maven/plugin.xml} in the plugin's classes), which Maven, and m2e,
 * read. Tests take the goals and parameters from here, never from a list of their own.
 */
public final class PluginDescriptor {
  private static final String DESCRIPTOR = "META-INF/maven/plugin.xml";

  private PluginDescriptor() {}

  /** The plugin's class output, which its jar holds. */
  public static Path classes() {
    try {
      return Path.of(SpecMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The goals, as a pom names them. */
  public static List<String> goals() throws IOException {
    List<String> goals = new ArrayList<>();
    for (Element mojo : children(descriptor().getDocumentElement(), "mojos", "mojo")) {
      goals.add(text(mojo, "goal"));
    }
    return goals;
  }

  /** The parameters a pom may set (read-only ones, such as the project, left out), of every goal. */
  public static SortedSet<String> parameters() throws IOException {
    SortedSet<String> parameters = new TreeSet<>();
    for (Element mojo : children(descriptor().getDocumentElement(), "mojos", "mojo")) {
      for (Element parameter : children(mojo, "parameters", "parameter")) {
        if (Boolean.parseBoolean(text(parameter, "editable"))) {
          parameters.add(text(parameter, "name"));
        }
      }
    }
    return parameters;
  }

  /** An XML file of the plugin's, parsed: one that is not well-formed fails. */
  public static Document parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // Neither file declares a DTD; refusing one keeps the parse local.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** The element's children named {@code name} inside its only child named {@code list}. */
  public static List<Element> children(Element element, String list, String name) {
    List<Element> found = new ArrayList<>();
    for (Element holder : children(element, list)) {
      found.addAll(children(holder, name));
    }
    return found;
  }

  /** The element's child elements with that name, in order. */
  public static List<Element> children(Element element, String name) {
    List<Element> found = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element named && named.getTagName().equals(name)) {
        found.add(named);
      }
    }
    return found;
  }

  /** The trimmed text of the element's only child with that name. */
  public static String text(Element element, String name) {
    List<Element> found = children(element, name);
    if (found.size() != 1) {
      throw new IllegalStateException("<" + element.getTagName() + "> has " + found.size() + " <" + name + ">");
    }
    return found.get(0).getTextContent().strip();
  }

  private static Document descriptor() throws IOException {
    Path file = classes().resolve(DESCRIPTOR);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " is missing: the plugin's descriptor goal runs before the tests");
    }
    return parse(file);
  }
}
