package io.wcshooks.spec.seeds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a table description lists for an enum-valued parameter, in the shapes the two
 * tables use. Markup ({@code <code>}, {@code <p>}) is dropped first, so one set of patterns reads
 * both languages.
 */
final class ListedValues {

  private static final String VALUE = "[A-Za-z][A-Za-z0-9_/]*";

  /** Shapes that are unmistakably a list of values. */
  private static final List<Pattern> LISTS = List.of(
      // "Stream status: PUBLISHING , UNPUBLISHED , PLAYING , STOPPED", "Event type: reg",
      // "possible values: WebRTC , Flash", "... COMPLETED , FAILED . If the status ..."
      Pattern.compile(":\\s*(" + VALUE + "(?:\\s*,\\s*" + VALUE + ")*)\\s*(?:\\.|$)"),
      // DataStatusEvent.status: the whole description is the list, "ACCEPTED , FAILED"
      Pattern.compile("^\\s*(" + VALUE + "(?:\\s*,\\s*" + VALUE + ")+)\\s*$"),
      // "['WebRTC','Flash']"
      Pattern.compile("'(" + VALUE + ")'"));

  /** Shapes that name values in prose; they also match prose elsewhere ("REST - URL"). */
  private static final List<Pattern> MENTIONS = List.of(
      // "text/plain , - the message is sent ..." (001: "text/plain - сообщение ...")
      Pattern.compile("(?<![\\w/])(" + VALUE + ")\\s*,?\\s+-\\s"),
      // "If the type is no_media , the server ..." (001: "Если тип no_media , ...")
      Pattern.compile("(?:the type is|Если тип)\\s+(" + VALUE + ")"));

  private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*");

  private ListedValues() {}

  /** The listed values, distinct, in the order they appear. Meant for a parameter known to have an enum. */
  static List<String> in(String description) {
    List<Pattern> all = new ArrayList<>(LISTS);
    all.addAll(MENTIONS);
    return find(description, all);
  }

  /** Whether the description is shaped like a list of values, which only an enum parameter's should be. */
  static boolean looksLikeValueList(String description) {
    return !find(description, LISTS).isEmpty();
  }

  private static List<String> find(String description, List<Pattern> patterns) {
    String text = description.replaceAll("<[^>]*>", " ");
    Map<Integer, List<String>> byPosition = new TreeMap<>();
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        byPosition.put(m.start(1), List.of(SEPARATOR.split(m.group(1).strip())));
      }
    }
    LinkedHashSet<String> values = new LinkedHashSet<>();
    byPosition.values().forEach(values::addAll);
    return new ArrayList<>(values);
  }
}
