package io.wcshooks.spec.seeds;

import io.wcshooks.spec.Forbid;
import io.wcshooks.spec.MethodKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads seed 004, "Four types of REST methods": for every method it names, its type and forbid
 * list. The page's lists were flattened, so each item's description runs into the next item's
 * name ({@code - outgoing call may be forbiddenanswer}); the names are cut off by what the
 * descriptions end with, never by the spec's method names, so a spec that renames or loses a
 * method cannot make 004 agree with it.
 */
final class FourTypes {

  private static final Pattern CONNECT = Pattern.compile("The (\\w+)\\s+method determines behavior of all other methods");
  private static final String MAY = "These events may be interrupted by backend server:";
  private static final String POINTLESS = "These events may be interrupted, but it is not useful:";
  private static final String EVENTS = "Events that have already happened and can not be forbidden by backend server¶";
  private static final String INCOMING = "Incoming calls¶";
  private static final String END = "If REST method was initiated using REST API¶";

  /** Every item of the two "may be interrupted" lists ends with "may be forbidden" or "may be rejected". */
  private static final Pattern DIRECT_ITEM = Pattern.compile("- .*?(?:forbidden|rejected)(\\w*)");
  /** The incoming invocations are all On*Event; the last item has no name glued on. */
  private static final Pattern INCOMING_ITEM = Pattern.compile("- .*?(On[A-Z]\\w*)?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private final Map<String, Classification> methods;

  private FourTypes(Map<String, Classification> methods) {
    this.methods = Collections.unmodifiableMap(methods);
  }

  static FourTypes read(Path file) {
    String text = Seeds.read(file);
    Map<String, Classification> methods = new LinkedHashMap<>();
    Matcher connect = CONNECT.matcher(text);
    if (!connect.find()) {
      throw new IllegalStateException(file + ": no \"The connect method determines behavior\" sentence");
    }
    // 004's own type; a connect answered with anything but 200 declines the connection (004's
    // FAIL row, and facts: "A non-200 on connect always declines the connection").
    put(file, methods, connect.group(1), new Classification(MethodKind.CONNECT, Forbid.MAY));

    int may = index(file, text, MAY, 0);
    int pointless = index(file, text, POINTLESS, may);
    int events = index(file, text, EVENTS, pointless);
    int incoming = index(file, text, INCOMING, events);
    int end = index(file, text, END, incoming);
    add(file, methods, text.substring(may + MAY.length(), pointless), DIRECT_ITEM,
        new Classification(MethodKind.DIRECT, Forbid.MAY));
    add(file, methods, text.substring(pointless + POINTLESS.length(), events), DIRECT_ITEM,
        new Classification(MethodKind.DIRECT, Forbid.POINTLESS));
    add(file, methods, text.substring(events + EVENTS.length(), incoming), null,
        new Classification(MethodKind.EVENT, Forbid.CANNOT));
    // "Incoming calls may be interrupted by backend server."
    add(file, methods, text.substring(incoming + INCOMING.length(), end), INCOMING_ITEM,
        new Classification(MethodKind.INCOMING, Forbid.MAY));
    return new FourTypes(methods);
  }

  private static int index(Path file, String text, String heading, int from) {
    int at = text.indexOf(heading, from);
    if (at < 0) {
      throw new IllegalStateException(file + ": heading not found after offset " + from + ": " + heading);
    }
    return at;
  }

  /**
   * A list section: a first name on its own line, then items {@code - description<next name>};
   * or, for the events, one name a line. Lines with spaces that are not items are the section's
   * prose.
   */
  private static void add(Path file, Map<String, Classification> methods, String section, Pattern item,
      Classification classification) {
    List<String> names = new ArrayList<>();
    for (String line : section.strip().lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.startsWith("- ")) {
        Matcher m = item == null ? null : item.matcher(trimmed);
        if (m == null || !m.matches()) {
          throw new IllegalStateException(file + ": unexpected list item in the " + classification + " list: " + line);
        }
        if (m.group(1) != null && !m.group(1).isEmpty()) {
          names.add(m.group(1));
        }
      } else if (NAME.matcher(trimmed).matches()) {
        names.add(trimmed);
      } else if (!trimmed.isEmpty() && !trimmed.contains(" ")) {
        throw new IllegalStateException(file + ": not a method name in the " + classification + " list: " + line);
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException(file + ": no methods found in the " + classification + " list");
    }
    names.forEach(name -> put(file, methods, name, classification));
  }

  private static void put(Path file, Map<String, Classification> methods, String name, Classification c) {
    Classification before = methods.putIfAbsent(name, c);
    if (before != null) {
      throw new IllegalStateException(file + ": " + name + " is in two lists: " + before + " and " + c);
    }
  }

  /** Every method 004 names, in its order. */
  Map<String, Classification> methods() {
    return methods;
  }

  Optional<Classification> of(String method) {
    return Optional.ofNullable(methods.get(method));
  }
}
