package io.wcshooks.spec.seeds;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events wcs-facts.md says a 403 stops, though 004 says they cannot be forbidden
 * ("`StreamKeepAliveEvent` is an event, but a 403 to it stops the stream").
 *
 * @param methods their names
 */
record StopOnForbidFacts(Set<String> methods) {

  private static final Pattern ITEM = Pattern.compile("`(\\w+)` is an event, but a 403 to it stops");

  StopOnForbidFacts {
    methods = Set.copyOf(methods);
  }

  static StopOnForbidFacts read(Path file) {
    // Items wrap over lines; the sentence is looked for with line breaks as spaces.
    String text = Seeds.read(file).replaceAll("\\s+", " ");
    Set<String> methods = new LinkedHashSet<>();
    Matcher item = ITEM.matcher(text);
    while (item.find()) {
      methods.add(item.group(1));
    }
    if (methods.isEmpty()) {
      throw new IllegalStateException(file + ": no event that a 403 stops (" + ITEM + ")");
    }
    return new StopOnForbidFacts(methods);
  }
}
