package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "try the sample" curl lines get the answers the README gives for them, from the
 * sample as {@code java -jar} runs it: the bundled configuration, no environment.
 */
class ReadmeTryItTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String SECTION = "Try the sample from another terminal";
  /** A claim: {@code # what it is: STATUS} then a JSON body, or prose after a comma. */
  private static final Pattern CLAIM = Pattern.compile("^# [^:]+: (\\d{3})(?: (\\{.*\\})|, (.*))?$");
  /** A shell word: single-quoted, or up to the next space. */
  private static final Pattern WORD = Pattern.compile("'([^']*)'|(\\S+)");

  /**
   * @param line the README line of the command
   * @param words the command's words, quotes removed
   * @param status the status the README gives
   * @param body the exact body the README gives, or null
   * @param prose what the README says of the answer instead, or null
   */
  private record Call(int line, List<String> words, int status, String body, String prose) {}

  /** The calls in the first code block after the section's sentence, each with the comment above it. */
  private static List<Call> calls() throws IOException {
    List<String> readme = Files.readAllLines(README);
    int at = 0;
    while (at < readme.size() && !readme.get(at).contains(SECTION)) {
      at++;
    }
    while (at < readme.size() && !readme.get(at).startsWith("```")) {
      at++;
    }
    assertTrue(at < readme.size(), "README.md has no code block after \"" + SECTION + "\"");
    List<Call> calls = new ArrayList<>();
    Matcher claim = null;
    for (int i = at + 1; i < readme.size() && !readme.get(i).startsWith("```"); i++) {
      String line = readme.get(i);
      if (line.startsWith("#")) {
        claim = CLAIM.matcher(line);
        assertTrue(claim.matches(), "README.md:" + (i + 1) + ": not a claim this test reads: " + line);
        continue;
      }
      int first = i + 1;
      StringBuilder command = new StringBuilder();
      while (line.endsWith("\\")) {
        command.append(line, 0, line.length() - 1).append(' ');
        line = readme.get(++i);
      }
      command.append(line);
      assertTrue(claim != null, "README.md:" + first + ": a command without the answer it gets");
      List<String> words = new ArrayList<>();
      Matcher word = WORD.matcher(command);
      while (word.find()) {
        words.add(word.group(1) != null ? word.group(1) : word.group(2));
      }
      calls.add(new Call(first, words, Integer.parseInt(claim.group(1)), claim.group(2), claim.group(3)));
      claim = null;
    }
    return calls;
  }

  /** Sends a curl command's request, with the options the README uses; any other is an error. */
  private static HttpResponse<String> send(Call call, URI readmeBase, URI base) throws Exception {
    String where = "README.md:" + call.line() + ": ";
    assertEquals("curl", call.words().get(0), where + "not a curl command");
    HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
    String method = null;
    String body = null;
    String url = null;
    for (int i = 1; i < call.words().size(); i++) {
      String word = call.words().get(i);
      switch (word) {
        case "-s" -> { }
        case "-X" -> method = call.words().get(++i);
        case "-H" -> {
          String[] header = call.words().get(++i).split(":\\s*", 2);
          request.header(header[0], header[1]);
        }
        case "-d" -> body = call.words().get(++i);
        default -> {
          assertFalse(word.startsWith("-"), where + "a curl option this test does not know: " + word);
          url = word;
        }
      }
    }
    assertTrue(url != null && url.startsWith(readmeBase.toString()), where + url + " is not under " + readmeBase);
    // curl -d posts, with or without -X POST.
    request.method(method == null ? (body == null ? "GET" : "POST") : method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    request.uri(URI.create(base + url.substring(readmeBase.toString().length())));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theCurlLinesGetTheAnswersTheReadmeShows() throws Exception {
    List<Call> calls = calls();
    assertFalse(calls.isEmpty(), "no curl line under \"" + SECTION + "\"");
    SampleConfig config = SampleConfig.load(Optional.empty(), Map.of());
    Clock clock = Clock.systemUTC();
    URI readmeBase = URI.create("http://localhost:" + config.port() + config.basePath() + "/");
    try (WcsHookServer server = WcsHookServer.start(
        SampleHooks.application(config, clock, new AuditLog(clock, line -> { }), Map.of()),
        ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withBasePath(config.basePath()))) {
      for (Call call : calls) {
        String where = "README.md:" + call.line();
        HttpResponse<String> answer = send(call, readmeBase, server.baseUri());
        assertEquals(call.status(), answer.statusCode(), where);
        if (call.body() != null) {
          assertEquals(call.body(), answer.body(), where);
        }
        if (call.prose() != null) {
          JsonNode json = new SampleClient.Answer(answer.statusCode(), answer.body(), "").json();
          if (call.prose().contains("SIP account")) {
            assertEquals(config.sip().login(), json.path("sipLogin").asText(), where);
            assertEquals(config.sip().password(), json.path("sipPassword").asText(), where);
          }
          if (call.prose().contains("restClientConfig")) {
            assertTrue(json.path("restClientConfig").isObject(), where + ": " + answer.body());
          }
        }
      }
    }
  }
}
