package io.wcshooks.runtime.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP core of the generated {@code WcsRestClient}: {@code POST <base URI><path>} with a JSON
 * body over {@link HttpClient} (HTTP/1.1), optional HTTP Basic authentication (WCS in production
 * mode), connect and request timeouts, and WCS's answers mapped to results and exceptions.
 *
 * <p>A 200 is success; any other status is a {@link WcsRestException} carrying the status and the
 * body: 404 a {@link WcsRestNotFoundException}, 409 a {@link WcsRestConflictException}. No answer
 * within the timeouts is a {@link WcsRestTimeoutException}. An answer's body is read up to
 * {@link Builder#maxAnswerBytes} ({@link #DEFAULT_MAX_ANSWER_BYTES} by default); a bigger one is a
 * {@link WcsRestException}, not held in memory. Instances are thread-safe.
 */
public final class WcsRestTransport {
  /** The default for both timeouts. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * The default for the largest answer read: 16 MiB, far above a {@code /call/find_all} of
   * thousands of calls, far below what would strain a heap.
   */
  public static final long DEFAULT_MAX_ANSWER_BYTES = 16L << 20;

  /** What a path holds as it is besides letters and digits (RFC 3986's pchar, and the slash). */
  private static final String PATH_CHARACTERS = "/-._~!$&'()*+,;=:@";
  private static final String HEX = "0123456789ABCDEF";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private final URI baseUri;
  private final String authorization;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final long maxAnswerBytes;
  private final HttpClient http;

  private WcsRestTransport(Builder builder) {
    String base = builder.baseUri.toString();
    this.baseUri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.authorization = builder.username == null ? null : "Basic " + Base64.getEncoder().encodeToString(
        (builder.username + ":" + builder.password).getBytes(StandardCharsets.UTF_8));
    this.connectTimeout = builder.connectTimeout;
    this.requestTimeout = builder.requestTimeout;
    this.maxAnswerBytes = builder.maxAnswerBytes;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The base URI endpoint paths are appended to, e.g. {@code http://wcs:8081/rest-api}. */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * {@code POST path} with a JSON body; returns the answer's JSON (a {@code MissingNode} for an
   * empty body) on 200.
   *
   * @param path the endpoint's path below the base URI, such as {@code /call/find}, as text: what
   *     a path cannot hold as it is (a space, {@code ?}, {@code #}, {@code %}, non-ASCII) is
   *     percent-encoded
   * @throws WcsRestException on any other status, or when no answer comes
   * @throws IllegalArgumentException when the path does not start with {@code /}
   */
  public JsonNode post(String path, ObjectNode body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(path))
        .timeout(requestTimeout)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<String> response = send(path, request.build());
    String text = response.body() == null ? "" : response.body();
    if (response.statusCode() != 200) {
      throw WcsRestException.of(path, response.statusCode(), text);
    }
    if (text.isBlank()) {
      return MAPPER.missingNode();
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new WcsRestException(path, 200, text,
          "WCS REST API POST " + path + " answered 200 with a body that is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The base URI with the path appended, encoded: nothing in it can become a query or a fragment. */
  private URI endpoint(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("an endpoint path starts with '/', such as /call/find: " + path);
    }
    StringBuilder uri = new StringBuilder(baseUri.toASCIIString());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || PATH_CHARACTERS.indexOf(c) >= 0)) {
        uri.append(c);
      } else {
        uri.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return URI.create(uri.toString());
  }

  /**
   * Sends and waits for the whole answer. HttpClient's own request timeout ends once the headers
   * arrive, so a body that stalls after them would block the caller for good; the wait for the
   * complete answer is bounded by the request timeout too, and the exchange is cancelled (its
   * connection closed) when it runs out.
   */
  private HttpResponse<String> send(String path, HttpRequest request) {
    CompletableFuture<HttpResponse<String>> answer =
        http.sendAsync(request, info -> new LimitedBody(info.statusCode(),
            info.headers().firstValueAsLong("Content-Length").orElse(-1), maxAnswerBytes));
    try {
      return answer.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      HttpTimeoutException timeout = new HttpTimeoutException("no complete answer within " + requestTimeout);
      timeout.initCause(e);
      throw new WcsRestTimeoutException(path, requestTimeout, timeout);
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new WcsRestException(path, WcsRestException.NO_STATUS, "",
          "WCS REST API POST " + path + ": interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof AnswerTooLarge tooLarge) {
        throw new WcsRestException(path, tooLarge.status, "", "WCS REST API POST " + path + " answered "
            + tooLarge.status + " with a body of more than " + maxAnswerBytes + " bytes; not read", cause);
      }
      if (cause instanceof HttpConnectTimeoutException) {
        throw new WcsRestTimeoutException(path, "WCS REST API POST " + path + ": cannot connect to " + baseUri
            + " within " + connectTimeout, cause);
      }
      if (cause instanceof HttpTimeoutException) {
        throw new WcsRestTimeoutException(path, requestTimeout, cause);
      }
      if (cause instanceof ConnectException) {
        throw new WcsRestException(path, WcsRestException.NO_STATUS, "",
            "WCS REST API POST " + path + ": cannot connect to " + baseUri + ": " + cause, cause);
      }
      throw new WcsRestException(path, WcsRestException.NO_STATUS, "",
          "WCS REST API POST " + path + " failed: " + cause, cause);
    }
  }

  /**
   * {@code POST path}, for an answer that lists objects (a JSON array; a single object or an
   * empty body are read as a list of one or none).
   *
   * @param notFoundIsEmpty whether a 404 means "none found" (an empty list) rather than an error
   */
  public List<ObjectNode> postForObjects(String path, ObjectNode body, boolean notFoundIsEmpty) {
    JsonNode answer;
    try {
      answer = post(path, body);
    } catch (WcsRestNotFoundException e) {
      if (notFoundIsEmpty) {
        return List.of();
      }
      throw e;
    }
    List<ObjectNode> objects = new ArrayList<>();
    if (answer.isObject()) {
      objects.add((ObjectNode) answer);
    } else if (answer.isArray()) {
      for (JsonNode item : answer) {
        if (!item.isObject()) {
          throw new WcsRestException(path, 200, answer.toString(),
              "WCS REST API POST " + path + " answered an array holding " + item + ", not objects", null);
        }
        objects.add((ObjectNode) item);
      }
    } else if (!answer.isMissingNode() && !answer.isNull()) {
      throw new WcsRestException(path, 200, answer.toString(),
          "WCS REST API POST " + path + " answered " + answer + ", not a list of objects", null);
    }
    return List.copyOf(objects);
  }

  /** An answer's body bigger than the limit; the exchange was cancelled before reading it all. */
  private static final class AnswerTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    final int status;

    AnswerTooLarge(int status, long max) {
      super("answer body of more than " + max + " bytes");
      this.status = status;
    }
  }

  /**
   * Reads an answer's body as UTF-8 text, up to a limit: past it (or when the Content-Length says
   * so up front) it cancels the subscription, which closes the connection, and fails with
   * {@link AnswerTooLarge}. {@code BodyHandlers.ofString} would read any size into memory.
   */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<String> {
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int status;
    private final long declaredLength;
    private final long max;
    private Flow.Subscription subscription;

    LimitedBody(int status, long declaredLength, long max) {
      this.status = status;
      this.declaredLength = declaredLength;
      this.max = max;
    }

    @Override
    public CompletionStage<String> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (declaredLength > max) {
        tooLarge();
      } else {
        subscription.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (bytes.size() + (long) buffer.remaining() > max) {
          tooLarge();
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toString(StandardCharsets.UTF_8));
    }

    private void tooLarge() {
      subscription.cancel();
      result.completeExceptionally(new AnswerTooLarge(status, max));
    }
  }

  private static String write(ObjectNode body) {
    try {
      return MAPPER.writeValueAsString(body == null ? MAPPER.createObjectNode() : body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /** Settings of a {@link WcsRestTransport}; only the base URI is required. */
  public static final class Builder {
    private URI baseUri;
    private String username;
    private String password;
    private Duration connectTimeout = DEFAULT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_TIMEOUT;
    private long maxAnswerBytes = DEFAULT_MAX_ANSWER_BYTES;

    private Builder() {}

    /**
     * WCS's REST API, e.g. {@code http://wcs:8081/rest-api} (https on 8444).
     *
     * @throws IllegalArgumentException for a URI that is not http(s), has no host, has a query or a
     *     fragment (endpoint paths are appended to it), or carries credentials: HttpClient ignores
     *     {@code user:password@}, so they go to {@link #basicAuth(String, String)}, and no message
     *     repeats them
     */
    public Builder baseUri(URI baseUri) {
      Objects.requireNonNull(baseUri, "baseUri");
      if (baseUri.getRawUserInfo() != null) {
        throw new IllegalArgumentException("the base URI must not carry credentials (user:password@host): "
            + "pass them to basicAuth(username, password)");
      }
      String scheme = baseUri.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        throw new IllegalArgumentException("the base URI must be http or https, such as http://wcs:8081/rest-api: "
            + baseUri);
      }
      if (baseUri.getHost() == null) {
        throw new IllegalArgumentException("the base URI has no host, such as http://wcs:8081/rest-api: " + baseUri);
      }
      if (baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
        throw new IllegalArgumentException("the base URI must end with the REST API's path, without a query or "
            + "fragment, such as http://wcs:8081/rest-api: " + baseUri);
      }
      this.baseUri = baseUri;
      return this;
    }

    /** WCS's REST API, e.g. {@code http://wcs:8081/rest-api}; see {@link #baseUri(URI)}. */
    public Builder baseUri(String baseUri) {
      Objects.requireNonNull(baseUri, "baseUri");
      URI uri;
      try {
        uri = new URI(baseUri);
      } catch (URISyntaxException e) {
        // Not e's message: it quotes the whole input, credentials included.
        throw new IllegalArgumentException("the base URI is not a valid URI: " + e.getReason() + " at index "
            + e.getIndex());
      }
      return baseUri(uri);
    }

    /**
     * HTTP Basic credentials, which WCS in production mode requires on every request.
     *
     * @throws IllegalArgumentException when the user name has a colon, which Basic authentication
     *     cannot carry (the server reads the user name up to the first one), or either starts or
     *     ends with whitespace (as one read from a file with its line break does)
     */
    public Builder basicAuth(String username, String password) {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
      if (username.indexOf(':') >= 0) {
        throw new IllegalArgumentException("an HTTP Basic user name cannot contain ':'");
      }
      // WCS's users almost certainly have none: every call would be answered 401, for no reason a
      // message gave. The value itself is never shown.
      for (String[] credential : new String[][] {{"user name", username}, {"password", password}}) {
        if (!credential[1].equals(credential[1].strip())) {
          throw new IllegalArgumentException("the HTTP Basic " + credential[0] + " starts or ends with whitespace, such"
              + " as the line break of the file it was read from: WCS would answer every call 401; remove it");
        }
      }
      this.username = username;
      this.password = password;
      return this;
    }

    /** How long to wait for a connection; default {@link #DEFAULT_TIMEOUT}. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout);
      return this;
    }

    /**
     * How long to wait for each complete answer, headers and body, from the moment it is sent
     * (connecting included: a connect timeout as long or longer seldom shows); default
     * {@link #DEFAULT_TIMEOUT}.
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout);
      return this;
    }

    /**
     * The largest answer body read, in bytes; default {@link #DEFAULT_MAX_ANSWER_BYTES}. A bigger
     * one is a {@link WcsRestException} with the answer's status and an empty {@code body()}.
     */
    public Builder maxAnswerBytes(long max) {
      if (max <= 0) {
        throw new IllegalArgumentException("the largest answer must be positive: " + max);
      }
      this.maxAnswerBytes = max;
      return this;
    }

    public WcsRestTransport build() {
      if (baseUri == null) {
        throw new IllegalStateException("set the base URI of WCS's REST API, e.g. http://wcs:8081/rest-api");
      }
      return new WcsRestTransport(this);
    }

    private static Duration positive(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("a timeout must be positive: " + timeout);
      }
      if (timeout.compareTo(LONGEST_TIMEOUT) > 0) {
        // Waited for in nanoseconds: a longer one overflowed at every call.
        throw new IllegalArgumentException("a timeout must be at most " + LONGEST_TIMEOUT + " (about 292 years): "
            + timeout);
      }
      return timeout;
    }

    private static final Duration LONGEST_TIMEOUT = Duration.ofNanos(Long.MAX_VALUE);
  }
}
