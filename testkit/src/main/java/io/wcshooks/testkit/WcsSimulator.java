package io.wcshooks.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wcshooks.runtime.security.HookSignature;
import io.wcshooks.spec.SpecLoader;
import io.wcshooks.spec.WcsSpec;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Acts as Web Call Server against a hook backend over real HTTP, so that a backend's handlers can be
 * tested without a WCS: it makes the hook calls a client's actions cause, in WCS's order and with
 * WCS's headers, honours the restClientConfig the backend returns on connect (restExclude,
 * restPolicy, restOverwrite, restOnError with seed 004's outcomes per method kind from the spec),
 * and reports what the client would see.
 *
 * <pre>{@code
 * WcsSimulator wcs = WcsSimulator.forBackend(URI.create("http://localhost:9091/rest-hooks")).build();
 * Session alice = wcs.connect(Map.of("token", "demo-alice"));
 * Stream cam = alice.publish("cam1");          // publishStream, StreamStatusEvent PUBLISHING
 * assertEquals("alice/cam1", cam.name());      // the backend's OVERWRITE of name
 * alice.keepAlive(cam).unpublish(cam).disconnect();
 * }</pre>
 *
 * <p>Every hook call made (or skipped under DISABLE) is in {@link #hookLog()}. Thread-safe; each
 * {@link Session} is one client.
 */
public final class WcsSimulator {
  private final Builder settings;
  private final HookInvoker invoker;
  private final List<HookExchange> log = new CopyOnWriteArrayList<>();

  private WcsSimulator(Builder settings) {
    this.settings = settings;
    HookTransport transport = new HookTransport(settings.appUrl, settings.timeout, settings.sendRetries,
        settings.secret.map(HookSignature::new), settings.basicCredentials);
    this.invoker = new HookInvoker(settings.spec, transport, log);
  }

  /** A simulator of WCS calling the backend whose application URL (the hooks' base) is {@code appUrl}. */
  public static Builder forBackend(URI appUrl) {
    return new Builder(appUrl);
  }

  /** A client connects with this {@code custom} object (e.g. its token). */
  public Session connect(Map<String, ?> custom) {
    return connect(HookInvoker.objectFrom(custom));
  }

  /** A client connects with this {@code custom} object, as JSON text. */
  public Session connect(String customJson) {
    return connect(HookInvoker.objectFrom(customJson));
  }

  private Session connect(ObjectNode custom) {
    ObjectNode context = HookInvoker.object();
    context.put("nodeId", settings.nodeId);
    context.put("appKey", settings.appKey);
    context.put("sessionId", UUID.randomUUID().toString());

    ObjectNode fields = context.deepCopy();
    fields.put("urlServer", "wss://wcs.example.com:8443");
    fields.put("sipRegisterRequired", false);
    fields.put("status", "PENDING");
    fields.set("mediaProviders", HookInvoker.tree(List.of("WebRTC", "MSE", "WSPlayer")));
    fields.put("width", 0);
    fields.put("height", 0);
    fields.put("clientVersion", "2.0.240");
    fields.put("clientOSVersion", "Linux x86_64");
    fields.put("clientBrowserVersion", "Mozilla/5.0 Firefox/128.0");
    fields.put("origin", "https://wcs.example.com:8444");
    fields.put("keepAlive", false);
    fields.set("custom", custom);

    MethodRules connectRules = MethodRules.DEFAULTS.withRestOnError(settings.connectRestOnError);
    Invocation invocation = invoker.invoke("connect", fields, connectRules);
    ObjectNode connection = invocation.fields();
    Map<String, MethodRules> rules = new HashMap<>();
    if (invocation.is(ErrorOutcome.DECLINE)) {
      connection.put("status", "FAILED");
      connection.put("info", invocation.errorText());
      // 000: on an error the client's ConnectionStatusEvent has "only two parameters: status and info".
      ObjectNode event = HookInvoker.object();
      event.put("status", "FAILED");
      event.put("info", invocation.errorText());
      return new Session(invoker, context, connection, rules, false, new ClientEvent("ConnectionStatusEvent", event));
    }
    JsonNode config = connection.get("restClientConfig");
    if (config != null && config.isObject()) {
      config.fields().forEachRemaining(e -> {
        try {
          rules.put(e.getKey(), MethodRules.read(e.getValue()));
        } catch (IllegalArgumentException unknown) {
          throw new IllegalArgumentException("the connect answer's restClientConfig for " + e.getKey() + ": "
              + unknown.getMessage(), unknown);
        }
      });
    }
    connection.put("status", "ESTABLISHED");
    connection.putNull("info");
    Session session = new Session(invoker, context, connection, rules, true, null);
    ObjectNode established = connection.deepCopy();
    established.remove("restClientConfig");
    session.event("ConnectionStatusEvent", established);
    return session;
  }

  /** Every hook call made, or skipped under DISABLE, in order, across sessions. */
  public List<HookExchange> hookLog() {
    return Collections.unmodifiableList(log);
  }

  /** The calls to one hook that were actually made. */
  public List<HookExchange> calls(String method) {
    return log.stream().filter(e -> e.method().equals(method) && e.called()).toList();
  }

  /** Whether the backend got at least one call to this hook. */
  public boolean wasCalled(String method) {
    return !calls(method).isEmpty();
  }

  /** The spec this simulator takes hook kinds and the restOnError table from. */
  public WcsSpec spec() {
    return settings.spec;
  }

  /** How WCS is configured against the backend. */
  public static final class Builder {
    private final URI appUrl;
    private WcsSpec spec;
    private Duration timeout = Duration.ofSeconds(15);
    private int sendRetries = 3;
    private Optional<String> secret = Optional.empty();
    private Optional<String> basicCredentials = Optional.empty();
    private String nodeId = "H4gfHeULtX6ddGGUWwZxhUNyqZHUFH8j@192.168.1.59";
    private String appKey = "defaultApp";
    private RestOnError connectRestOnError = RestOnError.LOG;

    private Builder(URI appUrl) {
      this.appUrl = Objects.requireNonNull(appUrl, "appUrl");
    }

    /** WCS's {@code rest_request_timeout}: a later answer is a backend error. Default 15 s, like WCS. */
    public Builder timeout(Duration value) {
      this.timeout = Objects.requireNonNull(value, "timeout");
      return this;
    }

    /**
     * How many times a hook that failed to send (connection refused, reset or closed before an
     * answer) is sent again, as WCS does since build 5.2.1475: the backend may see it more than once.
     * Default 3, like WCS; 0 for an older build. A late answer is not sent again.
     */
    public Builder sendRetries(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("sendRetries must be 0 or more, not " + value);
      }
      this.sendRetries = value;
      return this;
    }

    /** Signs every body like WCS with {@code rest_hook_send_hash=true} and this {@code rest_hook_secret_key}. */
    public Builder signWith(String secretKey) {
      this.secret = Optional.of(secretKey);
      return this;
    }

    /** Sends HTTP Basic credentials, like an application with {@code restUsername}/{@code restPassword}. */
    public Builder basicAuth(String username, String password) {
      this.basicCredentials = Optional.of(username + ":" + password);
      return this;
    }

    /** The {@code appKey} every body carries. Default {@code defaultApp}. */
    public Builder appKey(String value) {
      this.appKey = Objects.requireNonNull(value, "appKey");
      return this;
    }

    /** The {@code nodeId} every body carries. */
    public Builder nodeId(String value) {
      this.nodeId = Objects.requireNonNull(value, "nodeId");
      return this;
    }

    /**
     * restOnError for connect itself, which no restClientConfig can set (it arrives in connect's
     * answer). It decides only a missing answer (timeout, unreachable): LOG (the spec's default)
     * lets the client in, FAIL declines. A non-200 answer always declines.
     */
    public Builder connectRestOnError(RestOnError value) {
      this.connectRestOnError = Objects.requireNonNull(value, "connectRestOnError");
      return this;
    }

    /** Another spec than the bundled one, e.g. a module's own edited copy. */
    public Builder spec(WcsSpec value) {
      this.spec = Objects.requireNonNull(value, "spec");
      return this;
    }

    public WcsSimulator build() {
      if (spec == null) {
        spec = SpecLoader.loadBundled();
      }
      return new WcsSimulator(this);
    }
  }
}
