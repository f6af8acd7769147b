package io.wcshooks.testkit;

import io.wcshooks.runtime.security.HookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How WCS puts a hook on the wire: {@code POST <app URL>/<method>} over HTTP/1.1 with WCS's headers,
 * optionally signed ({@code Authorization: WCS <hmac>}) or with Basic credentials, and
 * {@code rest_request_timeout} as the deadline. Failures become answers with status 0, because WCS
 * treats them like any other backend error.
 */
final class HookTransport {
  static final String CONTENT_TYPE = "application/json;charset=UTF-8";
  static final String ACCEPT = "application/json";
  /** WCS's Java client, not the JDK HttpClient's own {@code Java-http-client/17...}. */
  static final String USER_AGENT = "Java/1.8.0_392";
  private static final String NOT_SENT = "no answer: ";

  /**
   * One client for every simulator in the JVM: a JDK HttpClient holds a selector thread and a worker
   * pool until it is garbage collected, and a test suite makes a simulator per test without a way to
   * close it. Its connection pool is keyed by address, so simulators of different backends do not mix.
   * The connect and answer deadlines are per request.
   */
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .build();

  private final URI appUrl;
  private final Duration timeout;
  private final Optional<HookSignature> signature;
  private final Optional<String> basic;
  private final int retries;

  HookTransport(URI appUrl, Duration timeout, int retries, Optional<HookSignature> signature,
      Optional<String> basicCredentials) {
    String url = appUrl.toString();
    this.appUrl = URI.create(url.endsWith("/") ? url : url + "/");
    this.timeout = timeout;
    this.retries = retries;
    this.signature = signature;
    this.basic = basicCredentials.map(c -> "Basic " + Base64.getEncoder().encodeToString(c.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The answer to one hook call.
   *
   * @param status the HTTP status, 0 when there was no answer
   * @param body the answer's text, null when there was none
   * @param failure why there was no answer
   * @param contentType the answer's Content-Type header, if it had one
   */
  record Answer(int status, String body, Optional<String> failure, Optional<String> contentType) {
    Answer(int status, String body, Optional<String> failure) {
      this(status, body, failure, Optional.empty());
    }

    /** Whether the hook failed to send (no answer, not for lack of time): WCS sends it again. */
    boolean sendFailed() {
      return status == 0 && failure.filter(f -> f.startsWith(NOT_SENT)).isPresent();
    }

    /** Whether the answer says it is JSON, the only type WCS parses: {@code application/json}, any parameters. */
    boolean declaredJson() {
      return contentType.map(t -> t.split(";", 2)[0].trim().equalsIgnoreCase("application/json")).orElse(false);
    }
  }

  /**
   * Sends a hook; one that failed to send (the connection refused, reset or closed before an answer)
   * is sent again, up to {@code retries} times, as WCS does since build 5.2.1475. A late answer is
   * not: the hook was sent.
   */
  Answer post(String method, byte[] body) {
    Answer answer = attempt(method, body);
    int attempts = 1;
    while (answer.status() == 0 && answer.sendFailed() && attempts <= retries) {
      answer = attempt(method, body);
      attempts++;
    }
    if (answer.sendFailed() && attempts > 1) {
      String why = answer.failure().orElseThrow();
      return new Answer(0, null, Optional.of("no answer after " + attempts + " attempts: "
          + why.substring(why.indexOf(": ") + 2)));
    }
    return answer;
  }

  private Answer attempt(String method, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(appUrl.resolve(method))
        .timeout(timeout)
        .header("Content-Type", CONTENT_TYPE)
        .header("Accept", ACCEPT)
        .header("User-Agent", USER_AGENT)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    // WCS sends one Authorization header: the signature when hashing is on, else Basic credentials.
    signature.map(s -> s.authorization(body)).or(() -> basic).ifPresent(value -> request.header("Authorization", value));
    // The request's own timeout ends with the answer's headers; WCS's deadline covers the whole answer,
    // so a body that stalls after the headers must not keep the simulator waiting past it.
    CompletableFuture<HttpResponse<String>> exchange =
        CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new Answer(response.statusCode(), response.body(), Optional.empty(),
          response.headers().firstValue("Content-Type"));
    } catch (TimeoutException e) {
      exchange.cancel(true);
      return timedOut();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return cause instanceof HttpTimeoutException ? timedOut() : new Answer(0, null, Optional.of(NOT_SENT + cause));
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      return new Answer(0, null, Optional.of("interrupted"));
    }
  }

  private Answer timedOut() {
    return new Answer(0, null, Optional.of("timeout: no answer within " + timeout.toMillis() + " ms"));
  }
}
