package io.wcshooks.hooks;

import io.wcshooks.runtime.client.WcsRestConflictException;
import io.wcshooks.runtime.client.WcsRestException;
import io.wcshooks.runtime.client.WcsRestNotFoundException;
import io.wcshooks.runtime.client.WcsRestTimeoutException;
import io.wcshooks.runtime.client.WcsRestTransport;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A client of WCS's own REST API, where the backend calls WCS: one method per endpoint.
 * Build one with {@link #builder()}, e.g. base URI {@code http://wcs:8081/rest-api}; HTTP
 * Basic credentials are needed in production mode.
 *
 * <p>A 200 is success. Any other status is a {@link WcsRestException} carrying the status and the body:
 * 404 a {@link WcsRestNotFoundException} (except for a search, which then finds nothing),
 * 409 a {@link WcsRestConflictException}; no answer in time is a {@link WcsRestTimeoutException}.
 * Instances are thread-safe.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class WcsRestClient {
  /**
   * The path prefix of WCS's REST API, which the base URI ends with.
   */
  public static final String BASE_PATH = "/rest-api";

  private final WcsRestTransport transport;

  /**
   * A client over a configured transport.
   *
   * @param transport the HTTP core
   */
  public WcsRestClient(WcsRestTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /**
   * Settings of a client; only the base URI is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The HTTP core, to call an endpoint the spec does not know.
   *
   * @return the transport
   */
  public WcsRestTransport transport() {
    return transport;
  }

  /**
   * Start a SIP call.
   *
   * <p>{@code POST <base URI>/call/startup}.
   *
   * <p>Statuses:
   * <ul>
   * <li>200: The call is accepted for processing.</li>
   * </ul>
   *
   * @param request the request body
   * @throws WcsRestTimeoutException on no answer within the timeouts
   * @throws WcsRestException on any other status than 200, or a failed connection
   */
  public void startup(StartupRequest request) {
    Objects.requireNonNull(request, "request");
    transport.post("/call/startup", request.json());
  }

  /**
   * Find calls by status or callId.
   *
   * <p>{@code POST <base URI>/call/find}.
   *
   * <p>Statuses:
   * <ul>
   * <li>200: Call is found.</li>
   * <li>404: Call with the given parameters is not found.</li>
   * </ul>
   *
   * @param request the request body
   * @return the objects WCS answered; empty when it answers 404 (Call with the given parameters is not found)
   * @throws WcsRestTimeoutException on no answer within the timeouts
   * @throws WcsRestException on any other status than 200, or a failed connection
   */
  public List<WcsCall> find(FindRequest request) {
    Objects.requireNonNull(request, "request");
    return transport.postForObjects("/call/find", request.json(), true).stream().map(WcsCall::new).toList();
  }

  /**
   * <p>{@code POST <base URI>/call/terminate}.
   *
   * <p>Statuses:
   * <ul>
   * <li>200: Call is terminated.</li>
   * </ul>
   *
   * @param request the request body
   * @throws WcsRestTimeoutException on no answer within the timeouts
   * @throws WcsRestException on any other status than 200, or a failed connection
   */
  public void terminate(TerminateRequest request) {
    Objects.requireNonNull(request, "request");
    transport.post("/call/terminate", request.json());
  }

  /**
   * Settings of a {@link WcsRestClient}.
   */
  public static final class Builder {
    private final WcsRestTransport.Builder transport = WcsRestTransport.builder();

    private Builder() {
    }

    /**
     * WCS's REST API, e.g. {@code http://wcs:8081/rest-api} (https on 8444).
     *
     * @param baseUri the base URI
     * @return this builder
     * @throws IllegalArgumentException for a URI that is not http(s), has no host, has a query or a
     *     fragment, or carries credentials (they go to {@link #basicAuth(String, String)})
     */
    public Builder baseUri(String baseUri) {
      transport.baseUri(baseUri);
      return this;
    }

    /**
     * WCS's REST API, e.g. {@code http://wcs:8081/rest-api} (https on 8444).
     *
     * @param baseUri the base URI
     * @return this builder
     * @throws IllegalArgumentException for a URI that is not http(s), has no host, has a query or a
     *     fragment, or carries credentials (they go to {@link #basicAuth(String, String)})
     */
    public Builder baseUri(URI baseUri) {
      transport.baseUri(baseUri);
      return this;
    }

    /**
     * HTTP Basic credentials, which WCS in production mode requires.
     *
     * @param username the username
     * @param password the password
     * @return this builder
     * @throws IllegalArgumentException when the user name has a colon, which Basic authentication cannot carry,
     *     or either starts or ends with whitespace (as one read from a file with its line break does)
     */
    public Builder basicAuth(String username, String password) {
      transport.basicAuth(username, password);
      return this;
    }

    /**
     * How long to wait for a connection; 10 seconds by default.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      transport.connectTimeout(timeout);
      return this;
    }

    /**
     * How long to wait for each complete answer, headers and body, from the moment it is
     * sent, connecting included; 10 seconds by default.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      transport.requestTimeout(timeout);
      return this;
    }

    /**
     * The largest answer body read, in bytes; 16 MiB by default. A bigger one is a
     * {@link WcsRestException} with the answer's status, not held in memory.
     *
     * @param max the limit, positive
     * @return this builder
     */
    public Builder maxAnswerBytes(long max) {
      transport.maxAnswerBytes(max);
      return this;
    }

    /**
     * The client.
     *
     * @return a new client
     * @throws IllegalStateException without a base URI
     */
    public WcsRestClient build() {
      return new WcsRestClient(transport.build());
    }
  }
}
