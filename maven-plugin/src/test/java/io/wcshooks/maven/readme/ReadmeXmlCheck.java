package io.wcshooks.maven.readme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xml.sax.SAXParseException;

/**
 * Whether a README xml block is in a pom that really builds: every element of the block must be,
 * element for element (names, text, attributes, and children in the same order; comments and
 * whitespace aside), where Maven reads it in the pom of one invoker project ({@link InvokerPom}).
 *
 * <p>One pom holds the whole block: a setup the README shows in one piece is tested in one piece.
 */
final class ReadmeXmlCheck {
  private final List<InvokerPom> poms;

  ReadmeXmlCheck(List<InvokerPom> poms) {
    if (poms.isEmpty()) {
      throw new IllegalArgumentException("no invoker project's pom to check the README against");
    }
    this.poms = List.copyOf(poms);
  }

  /**
   * Why the block is in none of the poms, each problem at its README line; empty when one pom has it
   * all. When none has, the differences from the closest pom, as those are the likeliest drift: the one
   * lacking fewest of the block's dependencies and plugins, then with fewest elements different.
   */
  List<String> problems(ReadmeXmlBlock block) {
    List<XmlElement> elements;
    try {
      elements = XmlElement.parseFragment(block.text());
    } catch (SAXParseException e) {
      return List.of("README.md:" + block.readmeLine(e.getLineNumber()) + ": not well-formed XML: " + e.getMessage());
    }
    if (elements.isEmpty()) {
      return List.of("README.md:" + block.line() + ": an xml block without an element: there is nothing to check");
    }
    return poms.stream()
        .map(pom -> differences(block, elements, pom))
        .min(Comparator.comparingLong(ReadmeXmlCheck::absent).thenComparingInt(List::size))
        .orElseThrow()
        .stream().map(Difference::problem).toList();
  }

  /** A problem with an element of the block, and whether the pom lacks it altogether. */
  private record Difference(String problem, boolean absent) {
  }

  private static long absent(List<Difference> differences) {
    return differences.stream().filter(Difference::absent).count();
  }

  private static List<Difference> differences(ReadmeXmlBlock block, List<XmlElement> elements, InvokerPom pom) {
    List<Difference> differences = new ArrayList<>();
    for (XmlElement element : elements) {
      difference(block, element, pom).ifPresent(differences::add);
    }
    return differences;
  }

  /** Nothing when the pom has the element where it goes; else what the nearest one there differs in. */
  private static Optional<Difference> difference(ReadmeXmlBlock block, XmlElement element, InvokerPom pom) {
    List<XmlElement> candidates = pom.placesFor(element.name());
    List<String> sameOne = new ArrayList<>();
    for (XmlElement candidate : candidates) {
      Optional<String> difference = difference(block, element, candidate, pom);
      if (difference.isEmpty()) {
        return Optional.empty();
      }
      if (identity(candidate).equals(identity(element))) {
        sameOne.add(difference.get());
      }
    }
    if (!sameOne.isEmpty()) {
      return Optional.of(new Difference(sameOne.get(0), false));
    }
    return Optional.of(new Difference("README.md:" + block.readmeLine(element.line()) + ": " + describe(element)
        + " is not in " + InvokerPom.placeOf(element.name()) + " of " + pom.name(), true));
  }

  /** The first difference between a README element and a pom's, as the README's reader would fix it. */
  private static Optional<String> difference(ReadmeXmlBlock block, XmlElement readme, XmlElement pom,
      InvokerPom in) {
    String here = "README.md:" + block.readmeLine(readme.line()) + ": <" + readme.name() + ">";
    String there = in.name() + ":" + pom.line();
    if (!readme.text().equals(pom.text())) {
      return Optional.of(here + " is '" + readme.text() + "', but '" + pom.text() + "' at " + there);
    }
    if (!readme.attributes().equals(pom.attributes())) {
      return Optional.of(here + " has attributes " + readme.attributes() + ", but " + pom.attributes()
          + " at " + there);
    }
    List<XmlElement> ours = readme.children();
    List<XmlElement> theirs = pom.children();
    for (int i = 0; i < Math.max(ours.size(), theirs.size()); i++) {
      if (i >= theirs.size()) {
        return Optional.of("README.md:" + block.readmeLine(ours.get(i).line()) + ": <" + ours.get(i).name()
            + "> is not in <" + pom.name() + "> at " + there);
      }
      XmlElement theirChild = theirs.get(i);
      if (i >= ours.size()) {
        return Optional.of(here + " lacks the <" + theirChild.name() + "> at " + in.name() + ":" + theirChild.line());
      }
      if (!ours.get(i).name().equals(theirChild.name())) {
        return Optional.of("README.md:" + block.readmeLine(ours.get(i).line()) + ": <" + ours.get(i).name()
            + "> where " + in.name() + ":" + theirChild.line() + " has <" + theirChild.name() + ">");
      }
      Optional<String> difference = difference(block, ours.get(i), theirChild, in);
      if (difference.isPresent()) {
        return difference;
      }
    }
    return Optional.empty();
  }

  /** A dependency or plugin is itself by its coordinates; another element by its name alone. */
  private static String identity(XmlElement element) {
    return element.childText("groupId") + ":" + element.childText("artifactId");
  }

  private static String describe(XmlElement element) {
    String identity = identity(element);
    return "<" + element.name() + ">" + (identity.equals(":") ? "" : " " + identity);
  }
}
