package io.wcshooks.spec.seeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads seed 002, the SIP-as-RTMP gateway page: WCS's own REST API. Its table was flattened:
 * each endpoint is its path on a line of its own, then its example request bodies, its example
 * answer, and {@code code - meaning} lines. The parameters table below ran its cells together
 * ({@code calleeSIP callee10001}), so it is kept as text; the RTMP stream statuses under it are
 * {@code NAME - meaning} lines.
 *
 * @param endpoints the endpoints in the page's order
 * @param parameters the parameters table as printed, for looking descriptions up in
 * @param rtmpStreamStatuses the RTMP stream statuses the parameters table lists, in its order
 * @param statusListMethod the method whose status list the page refers to for a call's status
 * @param username the standard user name of production mode
 * @param password the standard password of production mode
 */
record RestApiPage(List<Endpoint> endpoints, String parameters, List<String> rtmpStreamStatuses,
    String statusListMethod, String username, String password) {

  private static final String TABLE = "REST-methodExample of REST-queryExample of REST-response bodyResponse status";
  private static final String PARAMETERS_HEADING = "Parameters";
  private static final String PARAMETERS = "Parameter nameDescriptionExample";
  private static final String PARAMETERS_END = "SDP parameters recvonly and sendrecv";
  private static final Pattern PATH = Pattern.compile("/call/[a-z_]+");
  private static final Pattern STATUS = Pattern.compile("([1-5][0-9][0-9]) - (.+)");
  /** The page's own captions around a code block; anything else in an endpoint is an error. */
  private static final List<String> CAPTIONS = List.of("Code Block", "languagejs", "themeRDark", "or");
  private static final Pattern RTMP_STATUS = Pattern.compile("(RTMP_[A-Z_]+) - .+");
  private static final Pattern STATUS_LIST = Pattern.compile("The complete list of statuses is available in the"
      + " Call Flow \\(see the (\\w+) method\\)");
  private static final Pattern CREDENTIALS = Pattern.compile("Standard username and password are (\\S+):(\\S+?)\\.");
  private static final ObjectMapper JSON = new ObjectMapper();

  RestApiPage {
    endpoints = List.copyOf(endpoints);
    rtmpStreamStatuses = List.copyOf(rtmpStreamStatuses);
  }

  /**
   * One endpoint of the table.
   *
   * @param path e.g. {@code /call/startup}
   * @param line the line its path is on, for messages
   * @param requests its example request bodies (find has two alternatives)
   * @param answer its example answer when the page shows a non-empty one: a JSON array of calls
   * @param statuses its response statuses and their meaning, in the page's order
   */
  record Endpoint(String path, int line, List<JsonNode> requests, Optional<JsonNode> answer,
      Map<Integer, String> statuses) {
    Endpoint {
      requests = List.copyOf(requests);
    }
  }

  static RestApiPage read(Path file) {
    List<String> lines = Seeds.lines(file);
    int table = indexOf(file, lines, TABLE, 0);
    int tableEnd = indexOf(file, lines, PARAMETERS_HEADING, table);
    int parameters = indexOf(file, lines, PARAMETERS, tableEnd);
    int parametersEnd = indexOf(file, lines, PARAMETERS_END, parameters);

    List<Endpoint> endpoints = new ArrayList<>();
    int start = -1;
    for (int i = table + 1; i <= tableEnd; i++) {
      if (i == tableEnd || PATH.matcher(lines.get(i).strip()).matches()) {
        if (start >= 0) {
          endpoints.add(endpoint(file, lines, start, i));
        }
        start = i;
      }
    }
    if (endpoints.isEmpty()) {
      throw new IllegalStateException(file + ": no endpoints between \"" + TABLE + "\" and \"" + PARAMETERS_HEADING
          + "\"");
    }

    List<String> parameterLines = lines.subList(parameters + 1, parametersEnd);
    List<String> rtmpStatuses = new ArrayList<>();
    for (String line : parameterLines) {
      Matcher m = RTMP_STATUS.matcher(line.strip());
      if (m.matches()) {
        rtmpStatuses.add(m.group(1));
      }
    }
    String text = String.join("\n", lines);
    return new RestApiPage(endpoints, String.join("\n", parameterLines), rtmpStatuses,
        find(file, STATUS_LIST, text).group(1), find(file, CREDENTIALS, text).group(1),
        find(file, CREDENTIALS, text).group(2));
  }

  /** The lines {@code from} (the path) up to, not including, {@code to}. */
  private static Endpoint endpoint(Path file, List<String> lines, int from, int to) {
    List<JsonNode> requests = new ArrayList<>();
    Optional<JsonNode> answer = Optional.empty();
    Map<Integer, String> statuses = new LinkedHashMap<>();
    int i = from + 1;
    while (i < to) {
      String line = lines.get(i).strip();
      Matcher status = STATUS.matcher(line);
      if (line.startsWith("{") || line.startsWith("[")) {
        int end = closingLine(file, lines, i, to);
        JsonNode body = parse(file, i, String.join("\n", lines.subList(i, end + 1)));
        // A Call list is the answer of find and find_all; {} after a request is startup's empty answer.
        if (body.isArray()) {
          answer = Optional.of(body);
        } else if (!(body.isEmpty() && !requests.isEmpty())) {
          requests.add(body);
        }
        i = end + 1;
        continue;
      }
      if (status.matches()) {
        statuses.put(Integer.parseInt(status.group(1)), status.group(2).strip());
      } else if (!line.isEmpty() && !CAPTIONS.contains(line)) {
        throw new IllegalStateException(file + " line " + (i + 1) + ": not part of an endpoint: " + line);
      }
      i++;
    }
    return new Endpoint(lines.get(from).strip(), from + 1, requests, answer, statuses);
  }

  /** The line on which the JSON value opened on line {@code from} closes, strings taken into account. */
  private static int closingLine(Path file, List<String> lines, int from, int to) {
    int depth = 0;
    boolean inString = false;
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      for (int c = 0; c < line.length(); c++) {
        char ch = line.charAt(c);
        if (inString) {
          if (ch == '\\') {
            c++;
          } else if (ch == '"') {
            inString = false;
          }
        } else if (ch == '"') {
          inString = true;
        } else if (ch == '{' || ch == '[') {
          depth++;
        } else if (ch == '}' || ch == ']') {
          depth--;
        }
      }
      if (depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException(file + " line " + (from + 1) + ": a JSON example that is never closed");
  }

  private static JsonNode parse(Path file, int line, String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(file + " line " + (line + 1) + ": not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static int indexOf(Path file, List<String> lines, String line, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(line)) {
        return i;
      }
    }
    throw new IllegalStateException(file + ": no line \"" + line + "\" after line " + (from + 1));
  }

  private static Matcher find(Path file, Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException(file + ": nothing matches " + pattern);
    }
    return m;
  }

  Optional<Endpoint> endpoint(String path) {
    return endpoints.stream().filter(e -> e.path().equals(path)).findFirst();
  }
}
