package io.wcshooks.maven.readme;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An element of a pom or of a README block as Maven reads it: its name, attributes, trimmed text and
 * child elements; comments and the whitespace between elements are not part of it.
 *
 * @param name the element's name as written (no namespaces: a pom's elements are all in Maven's)
 * @param attributes its attributes
 * @param text its own text, trimmed; empty when it has none
 * @param children its child elements, in order
 * @param line the line (1-based) where its start tag ends
 */
record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children, int line) {
  private static final String FRAGMENT = "readme-block";

  /** A whole document's root element. */
  static XmlElement parseDocument(String xml) throws SAXParseException {
    TreeBuilder builder = new TreeBuilder();
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      // A pom or a README block has no business declaring a DTD; refusing one keeps the parse local.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.newSAXParser().parse(new InputSource(new StringReader(xml)), builder);
    } catch (SAXParseException e) {
      throw e;
    } catch (SAXException | ParserConfigurationException | IOException e) {
      throw new IllegalStateException("the JDK's XML parser failed on a string: " + e.getMessage(), e);
    }
    return builder.root;
  }

  /** The elements of a piece of a document (several siblings, say), on the lines they have in it. */
  static List<XmlElement> parseFragment(String xml) throws SAXParseException {
    // The wrapper goes on the first line, so that the lines stay those of the fragment.
    return parseDocument("<" + FRAGMENT + ">" + xml + "</" + FRAGMENT + ">").children();
  }

  /** The first child element with that name. */
  Optional<XmlElement> child(String childName) {
    return children.stream().filter(child -> child.name().equals(childName)).findFirst();
  }

  /** A child element's text, or empty when there is no such child. */
  String childText(String childName) {
    return child(childName).map(XmlElement::text).orElse("");
  }

  /** Builds the tree from SAX's events; SAX hands comments only to a lexical handler, so they never arrive. */
  private static final class TreeBuilder extends DefaultHandler {
    private final Deque<Open> open = new ArrayDeque<>();
    private Locator locator;
    private XmlElement root;

    private record Open(String name, Map<String, String> attributes, StringBuilder text, List<XmlElement> children,
        int line) {
    }

    @Override
    public void setDocumentLocator(Locator value) {
      locator = value;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        values.put(attributes.getQName(i), attributes.getValue(i));
      }
      open.push(new Open(qName, values, new StringBuilder(), new ArrayList<>(), locator.getLineNumber()));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      open.peek().text().append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      Open element = open.pop();
      XmlElement done = new XmlElement(element.name(), Map.copyOf(element.attributes()),
          element.text().toString().trim(), List.copyOf(element.children()), element.line());
      if (open.isEmpty()) {
        root = done;
      } else {
        open.peek().children().add(done);
      }
    }
  }
}
