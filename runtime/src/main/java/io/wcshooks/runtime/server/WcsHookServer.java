package io.wcshooks.runtime.server;

import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.fastpath.HookFastPath;
import io.wcshooks.runtime.logging.LogAtExit;
import io.wcshooks.runtime.security.HookSecurity;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The hooks backend as a standalone HTTP server: a Jersey application on Jetty 12 (the default) or
 * Grizzly, chosen by {@link ServerSettings#container()}. Both answer the same through the same
 * code; Jetty reaches its full speed within seconds of a start, where Grizzly needs tens of seconds
 * on a small machine (see {@code benchmarks/RESULTS.md}).
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   ResourceConfig hooks = WcsHooks.builder().myHooks(new MyHooks()).build(); // the generated entry point
 *   WcsHookServer.run(hooks, args); // --port/--host/--base-path or WCS_HOOKS_*; returns on Ctrl-C / SIGTERM
 * }
 * }</pre>
 *
 * <p>which is short for the following, except that a start failure ends the JVM with one line on
 * standard error instead of a stack trace:
 *
 * <pre>{@code
 * ServerSettings settings = ServerSettings.fromEnvironment(args, System.getenv());
 * WcsHookServer.start(hooks, settings).runUntilShutdown();
 * }</pre>
 *
 * <p>or, where something else decides when to stop (tests, an application with its own
 * lifecycle):
 *
 * <pre>{@code
 * try (WcsHookServer server = WcsHookServer.start(hooks, settings.withPort(0))) {
 *   URI connect = server.baseUri().resolve("connect");
 *   ...
 * }
 * }</pre>
 *
 * <p>The hooks answer at {@code <basePath>/<method name>}; an {@code @ApplicationPath} on the
 * {@code ResourceConfig} (used by servlet deployment) is ignored here, the base path is the only
 * prefix. Any path outside the base path gets a JSON 404.
 *
 * <p>Connections: TCP no-delay is on, so small answers leave at once; keep-alive is on with no
 * limit on requests per connection (WCS keeps its connections open), and an idle connection is
 * closed after {@value #IDLE_TIMEOUT_SECONDS} s. That is longer than the JDK's
 * {@code HttpURLConnection} (WCS's {@code User-Agent: Java/1.8}) keeps an idle connection (5 s),
 * so the client, not the server, ends an idle connection and never sends on one the server has
 * just closed.
 *
 * <p>Threads: with the fast path, the container's threads read, check and answer calls, and hand
 * calls with a handler to the handler pool (see {@code HandlerPolicy}); on Grizzly that is
 * {@link #fastPathWorkerThreads()} workers, on Jetty a pool of up to {@link #workerThreads()} plus
 * 8 (started as needed; its selector and acceptor run there too). Through Jersey, a call holds one of {@link #workerThreads()}
 * workers while its handler runs (Grizzly's default of two per core is too few for handlers that
 * wait on a database or another service). Requests beyond that wait in a queue. No thread waits
 * for a request's body up to what a hook accepts: it is read ahead as it comes, on either container
 * and path, and a body that stops coming is answered 400 after the idle timeout (on Grizzly, a
 * request with {@code Expect: 100-continue} is still read as it comes).
 *
 * <p>Fast path: a well-formed hook call ({@code POST <base>/<hook>}, JSON) is answered before
 * Jersey's request pipeline, by calling the generated resource's method directly with the same
 * checks, limits and error bodies; everything else goes through Jersey. The answers are the same
 * either way, several times faster and from the first second (no minute of JIT warm-up for
 * Jersey's pipeline). An application that registers its own filters, interceptors or exception
 * mappers keeps every call in Jersey, so that they see it; {@code --fast-path false} does the same
 * by choice. {@link #fastPath()} says which it is; the start line logs it. Behind the fast path,
 * Jersey starts when a request first needs it (an unknown path, a wrong method or media type): a
 * server with nothing but hooks answers its first call without waiting for Jersey's start, and
 * never pays for it when every request is a well-formed hook call. An application with resources
 * or components of its own starts Jersey with the server, so that their errors stop the start.
 */
public final class WcsHookServer implements AutoCloseable {
  /**
   * How long {@link #close()} lets requests in progress finish before it cuts them off, at least:
   * with a handler deadline longer than this, until that deadline has passed (see {@link #gracePeriod}).
   */
  public static final Duration GRACE_PERIOD = Duration.ofSeconds(5);

  /** Seconds an idle keep-alive connection stays open. */
  public static final int IDLE_TIMEOUT_SECONDS = 30;

  private static final System.Logger LOG = System.getLogger(WcsHookServer.class.getName());
  /** How long the server warms up, before its port opens, with the fast path. */
  public static final Duration WARM_UP = Duration.ofMillis(200);

  private final ServerEngine engine;
  private final ServerSettings settings;
  private final Duration grace;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch terminated = new CountDownLatch(1);

  private WcsHookServer(ServerEngine engine, ServerSettings settings, Duration grace) {
    this.engine = engine;
    this.settings = settings;
    this.grace = grace;
  }

  /**
   * A main's whole life: starts a server with the settings from its arguments and the environment
   * ({@code ServerSettings.fromEnvironment(args, System.getenv())}) and serves until the JVM shuts
   * down ({@link #runUntilShutdown()}). When it cannot start, it writes one line to standard error
   * and exits: status 2 for bad settings (the message names the flag or variable), 1 when the server
   * cannot listen (the port is taken, the host is not this machine's). An operator reads the reason
   * at once, not a stack trace.
   */
  public static void run(ResourceConfig config, String[] args) {
    WcsHookServer server;
    try {
      server = start(config, ServerSettings.fromEnvironment(args, System.getenv()));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("wcs-hooks: " + e.getMessage());
      System.exit(e instanceof IllegalArgumentException ? 2 : 1);
      return;
    }
    server.runUntilShutdown();
  }

  /**
   * Starts serving the application and logs the URL to configure in WCS.
   *
   * @param config the Jersey application: the generated hook resource and {@code WcsHooksFeature}
   * @throws UncheckedIOException when the server cannot listen (e.g. the port is taken)
   */
  public static WcsHookServer start(ResourceConfig config, ServerSettings settings) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(settings, "settings");

    String contextPath = settings.basePath().equals("/") ? "" : settings.basePath();
    HookFastPath fast = settings.fastPath() ? HookFastPath.forApplication(config, contextPath) : null;
    Duration grace = gracePeriod(config);
    ServerEngine engine;
    try {
      engine = switch (settings.container()) {
        case JETTY -> JettyEngine.start(config, settings, fast, grace);
        case GRIZZLY -> GrizzlyEngine.start(config, settings, fast);
      };
    } catch (RuntimeException | Error e) {
      // Jersey stops the handler pools only if it started: a start that failed before leaves them to close here.
      closeHandlerPools(config);
      throw e;
    }
    WcsHookServer started = new WcsHookServer(engine, settings, grace);
    LOG.log(System.Logger.Level.INFO, () -> "wcs-hooks listening on " + started.bindAddress()
        + " (" + settings.container().flagValue()
        + (engine.fastPath() ? ")" : "; hook calls through Jersey's pipeline, no fast path)")
        + "; " + authentication(config)
        + "; configure WCS with: update app -l " + started.appUrl(publicHost(settings.host())) + " defaultApp");
    return started;
  }

  /**
   * {@link #GRACE_PERIOD}, or a second more than the application's longest handler deadline: a call
   * in progress at a stop is then answered (by its handler, or at its deadline by the policy)
   * before the server cuts it off, never left without an answer.
   */
  static Duration gracePeriod(ResourceConfig config) {
    Duration grace = GRACE_PERIOD;
    for (Object instance : config.getInstances()) {
      if (instance instanceof WcsHooksFeature feature) {
        Duration deadline = feature.calls().handlerDeadline();
        if (!deadline.isZero() && deadline.plusSeconds(1).compareTo(grace) > 0) {
          grace = deadline.plusSeconds(1);
        }
      }
    }
    return grace;
  }

  private static void closeHandlerPools(ResourceConfig config) {
    for (Object instance : config.getInstances()) {
      if (instance instanceof WcsHooksFeature feature) {
        feature.calls().close();
      }
    }
  }

  /** How hook calls are authenticated, for the start line: an operator sees at once when they are not. */
  private static String authentication(ResourceConfig config) {
    HookSecurity.Mode mode = config.getInstances().stream()
        .filter(HookSecurity.class::isInstance)
        .map(instance -> ((HookSecurity) instance).mode())
        .filter(m -> m != HookSecurity.Mode.NONE)
        .findFirst()
        .orElse(HookSecurity.Mode.NONE);
    return switch (mode) {
      case SIGNATURE -> "hook calls must carry WCS's signature";
      case BASIC -> "hook calls must carry HTTP Basic credentials";
      case NONE -> "hook calls are not authenticated";
    };
  }

  /** The message of the exception for a port the server cannot listen on. */
  static String cannotListen(ServerSettings settings, Exception e) {
    return "cannot listen on " + hostForUri(settings.host()) + ":" + settings.port() + ": " + e.getMessage();
  }

  /**
   * The number of worker threads when calls go through Jersey, where a call holds its worker while
   * its handler runs: 32, or 4 per core on machines with more than 8.
   */
  public static int workerThreads() {
    return Math.max(32, 4 * Runtime.getRuntime().availableProcessors());
  }

  /**
   * The number of worker threads with the fast path: two per core, at least 4. A worker never waits
   * for a handler there (handlers run on the handler pool, the exchange suspended), so more workers
   * would only take turns on the cores: measured on 2 cores, 32 workers answered a third of what 4 did.
   */
  static int fastPathWorkerThreads() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  /** The port the server listens on: the one asked for, or the one picked for port 0. */
  public int port() {
    return engine.port();
  }

  /**
   * Whether well-formed hook calls are answered on the fast path, before Jersey's request pipeline:
   * when the settings ask for it and the application is a generated hook application that
   * registers no filter, interceptor or exception mapper of its own (which would not see them).
   */
  public boolean fastPath() {
    return engine.fastPath();
  }

  /** Whether Jersey has been started: at once without the fast path, on demand with it. */
  boolean jerseyStarted() {
    return engine.jerseyStarted();
  }

  /** The settings the server was started with (the port as asked, possibly 0). */
  public ServerSettings settings() {
    return settings;
  }

  /**
   * Where this machine reaches the hooks, ending with a slash, so that
   * {@code baseUri().resolve("connect")} is the {@code connect} hook. The host is the bound one,
   * or {@code localhost} when the server listens on every interface.
   */
  public URI baseUri() {
    String base = settings.basePath().equals("/") ? "/" : settings.basePath() + "/";
    return URI.create("http://" + hostForUri(localHost(settings.host())) + ":" + port() + base);
  }

  /**
   * The application URL to give WCS ({@code update app -l <url> <appKey>}) when WCS reaches this
   * server under the given host name: {@code http://host:port/basePath}, without a trailing slash,
   * since WCS appends {@code /<method name>} itself.
   */
  public String appUrl(String host) {
    String base = settings.basePath().equals("/") ? "" : settings.basePath();
    return "http://" + hostForUri(host) + ":" + port() + base;
  }

  /** Whether {@link #close()} has been called. */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * Blocks until the server has stopped: until {@link #close()} has completed, on whatever
   * thread (e.g. a JVM shutdown hook). Returns at once if it already has.
   */
  public void awaitTermination() throws InterruptedException {
    terminated.await();
  }

  /**
   * Serves until the JVM shuts down (Ctrl-C, SIGTERM, {@code System.exit}) or the server is
   * closed: registers a JVM shutdown hook that {@linkplain #close() closes} the server gracefully,
   * then blocks. If the calling thread is interrupted, closes the server, keeps the interrupt
   * flag set and returns; called when the JVM is exiting already, closes it and returns. With {@code java.util.logging}'s manager the
   * {@link io.wcshooks.runtime.logging.ShutdownLogManager}, the log stays open until the stop is
   * done; with the default one, what the stop logs is lost.
   */
  public void runUntilShutdown() {
    // What the stop logs (calls cut off or failing in the grace period, the "stopped" line) is
    // written: with ShutdownLogManager, the log stays open until the hook has closed the server.
    LogAtExit.Hold logOpen = LogAtExit.keepOpen();
    Thread hook = new Thread(() -> {
      try {
        close();
      } finally {
        logOpen.close();
      }
    }, "wcs-hooks-shutdown");
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is exiting already (a SIGTERM during the start, other hooks still running): stop
      // now, as the hook would have, and let the log close; it would wait a minute for this hold.
      hook.run();
      return;
    }
    try {
      awaitTermination();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
        logOpen.close();
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or has run: it releases the log when it is done.
      }
    }
  }

  /**
   * Stops the server: stops accepting connections, gives requests in progress up to
   * {@link #GRACE_PERIOD} (or a second past the longest handler deadline) to finish, then cuts off
   * whatever is left and releases the port.
   * Calling it again does nothing but wait, as the first call does, until the server has stopped
   * (or the calling thread is interrupted: it returns then, with the interrupt flag set).
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      // Another thread's close may still be stopping it: its caller must not go on as if the port
      // were free (start a server on it, exit) before it is.
      try {
        terminated.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    // An operator who sent SIGTERM sees that it was taken, and how long the stop may take.
    LOG.log(System.Logger.Level.INFO, () -> "wcs-hooks on " + bindAddress() + " stopping: no new connections;"
        + " calls in progress have up to " + grace.toMillis() + " ms to finish");
    try {
      engine.stop(grace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      LOG.log(System.Logger.Level.INFO, () -> "wcs-hooks on " + bindAddress() + " stopped");
      terminated.countDown();
    }
  }

  @Override
  public String toString() {
    return "WcsHookServer[" + bindAddress() + (closed.get() ? ", closed]" : "]");
  }

  private String bindAddress() {
    String base = settings.basePath().equals("/") ? "/" : settings.basePath();
    return "http://" + hostForUri(settings.host()) + ":" + port() + base;
  }

  private static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0");
  }

  private static String localHost(String host) {
    return isWildcard(host) ? "localhost" : host;
  }

  /** The best guess at the name WCS can reach this machine under, for the startup line. */
  private static String publicHost(String host) {
    if (!isWildcard(host)) {
      return host;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "<this-host>";
    }
  }

  private static String hostForUri(String host) {
    return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
  }
}
