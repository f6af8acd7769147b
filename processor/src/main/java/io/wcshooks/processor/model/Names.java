package io.wcshooks.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** How wire names of the spec become Java names. */
public final class Names {
  /** Members of the request base class and of Object, which accessors must not hide. */
  private static final Set<String> RESERVED_MEMBERS = Set.of(
      "json", "isModified", "has", "get", "put", "remove", "toString", "hashCode", "equals", "getClass",
      "notify", "notifyAll", "wait", "clone", "finalize");

  private Names() {}

  /** {@code publishStream} to {@code PublishStream}, {@code User-Agent} to {@code UserAgent}. */
  public static String typeName(String wireName) {
    StringBuilder out = new StringBuilder();
    for (String part : parts(wireName)) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
    }
    return identifier(out.toString());
  }

  /** {@code ConnectionStatusEvent} to {@code connectionStatusEvent}, {@code User-Agent} to {@code userAgent}. */
  public static String memberName(String wireName) {
    String type = typeName(wireName);
    int upper = 0;
    while (upper < type.length() && Character.isUpperCase(type.charAt(upper))) {
      upper++;
    }
    // "XMLThing" -> "xmlThing"; "URL" -> "url"; "Connect" -> "connect"
    int cut = upper <= 1 || upper == type.length() ? upper : upper - 1;
    String name = type.substring(0, cut).toLowerCase(Locale.ROOT) + type.substring(cut);
    return identifier(name);
  }

  /** A request accessor's name: the member name, kept clear of the base class's own members. */
  public static String accessorName(String wireName) {
    String name = memberName(wireName);
    return RESERVED_MEMBERS.contains(name) ? name + "Field" : name;
  }

  /** {@code audioMuted} to {@code AUDIO_MUTED}, {@code text/plain} to {@code TEXT_PLAIN}, {@code WebRTC} to {@code WEB_RTC}. */
  public static String constantName(String value) {
    List<String> words = new ArrayList<>();
    for (String part : value.split("[^A-Za-z0-9]+")) {
      if (part.isEmpty()) {
        continue;
      }
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        boolean boundary = i > 0 && Character.isUpperCase(c)
            && (Character.isLowerCase(part.charAt(i - 1))
                || (i + 1 < part.length() && Character.isLowerCase(part.charAt(i + 1))
                    && Character.isUpperCase(part.charAt(i - 1))));
        if (boundary) {
          words.add(word.toString());
          word.setLength(0);
        }
        word.append(c);
      }
      words.add(word.toString());
    }
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    if (name.isEmpty()) {
      name = "EMPTY";
    }
    return identifier(name);
  }

  private static List<String> parts(String wireName) {
    List<String> parts = new ArrayList<>();
    for (String part : wireName.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    if (parts.isEmpty()) {
      parts.add("unnamed");
    }
    return parts;
  }

  private static String identifier(String name) {
    if (Character.isDigit(name.charAt(0))) {
      name = "_" + name;
    }
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }
}
