package io.wcshooks.spec.seeds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Status values seen in practice" section of wcs-facts.md: values WCS sends that the methods
 * table does not list. Each item names what reports them in its own words ("Streams also report
 * ..."); {@link #SUBJECTS} says which parameter that is, and an item about anything else is an
 * error, so a new item cannot go unchecked.
 *
 * @param values per parameter ({@code Method.param}), the values the item lists, in its order
 */
record ObservedValueFacts(Map<String, List<String>> values) {

  private static final String SECTION = "## Status values seen in practice";
  /** The items' subjects, and the parameter each one is about. */
  static final Map<String, String> SUBJECTS = Map.of(
      "RegistrationStatusEvent", "RegistrationStatusEvent.status",
      "Streams", "StreamStatusEvent.status",
      "Calls", "CallStatusEvent.status",
      "`mediaProvider`", "call.mediaProvider");
  private static final Pattern ITEM = Pattern.compile("- (.+?) (?:also reports?|values include) (.+)");
  private static final Pattern VALUE = Pattern.compile("`([^`]+)`");

  ObservedValueFacts {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((parameter, list) -> copy.put(parameter, List.copyOf(list)));
    values = Collections.unmodifiableMap(copy);
  }

  static ObservedValueFacts read(Path file) {
    List<String> lines = Seeds.lines(file);
    int start = -1;
    for (int i = 0; i < lines.size() && start < 0; i++) {
      if (lines.get(i).startsWith(SECTION)) {
        start = i;
      }
    }
    if (start < 0) {
      throw new IllegalStateException(file + ": no section " + SECTION);
    }
    // An item is a line "- ..." and the indented lines that continue it.
    List<String> items = new ArrayList<>();
    List<Integer> itemLines = new ArrayList<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      String line = lines.get(i);
      if (line.startsWith("- ")) {
        items.add(line.strip());
        itemLines.add(i + 1);
      } else if (!items.isEmpty() && line.startsWith(" ") && !line.isBlank()) {
        items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip());
      }
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String line = items.get(i);
      Matcher item = ITEM.matcher(line);
      String parameter = item.matches() ? SUBJECTS.get(item.group(1)) : null;
      if (parameter == null) {
        throw new IllegalStateException(file + " line " + itemLines.get(i) + ": an item about something the check"
            + " does not know; say in ObservedValueFacts.SUBJECTS which parameter it is about: " + line);
      }
      List<String> listed = new ArrayList<>();
      Matcher value = VALUE.matcher(item.group(2));
      while (value.find()) {
        listed.add(value.group(1));
      }
      values.put(parameter, listed);
    }
    if (values.isEmpty()) {
      throw new IllegalStateException(file + ": the " + SECTION + " section lists nothing");
    }
    return new ObservedValueFacts(values);
  }
}
