package io.wcshooks.runtime.fastpath;

import io.wcshooks.runtime.HookCall;
import io.wcshooks.runtime.HookCalls;
import io.wcshooks.runtime.HookDispatcher;
import io.wcshooks.runtime.UndecodedBody;
import io.wcshooks.runtime.UntypedEmptyBody;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.http.HealthEndpoint;
import io.wcshooks.runtime.http.JsonAnswer;
import io.wcshooks.runtime.http.MalformedHeaders;
import io.wcshooks.runtime.http.UnexpectedExceptionMapper;
import io.wcshooks.runtime.http.WebApplicationExceptionMapper;
import io.wcshooks.runtime.http.ZeroQualityAccept;
import io.wcshooks.runtime.json.MalformedJsonException;
import io.wcshooks.runtime.logging.CallLog;
import io.wcshooks.runtime.security.HookSecurity;
import io.wcshooks.runtime.security.Refusal;
import io.wcshooks.runtime.WcsHooksFeature;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.WriterInterceptor;
import java.io.IOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.message.internal.AcceptableMediaType;
import org.glassfish.jersey.message.internal.HttpHeaderReader;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.internal.monitoring.MonitoringFeature;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;

/**
 * Answers well-formed hook calls without Jersey's request pipeline: for {@code POST <base>/<hook>}
 * with a JSON body it does what the pipeline would (authentication, body limit, parse, the resource
 * method through {@link HookDispatcher}, the call log) on the container's thread, and leaves
 * every other request to Jersey unchanged. The container's side is a {@link HookExchange}: the
 * embedded server's adapters for Grizzly and Jetty, and the servlet deployment's
 * ({@code io.wcshooks.runtime.servlet.WcsHooksServlet}).
 *
 * <p>Why: Jersey's pipeline (matching, filters, interceptors, injection, providers) costs more
 * than the whole echo and needs a minute of traffic before the JIT has compiled it; a hook server
 * answers one kind of request, tens of thousands of times a second, from its first second on.
 *
 * <p>Only requests whose answer cannot differ from Jersey's take this path: exactly
 * {@code POST <base>/<hook>} (the raw path, no query, no encoded characters), Content-Type
 * {@code application/json} (charset UTF-8 or none), an Accept that allows JSON (or none), no
 * Content-Encoding. Anything else (other paths and verbs, other media types, health checks)
 * goes to Jersey, which answers it as before. The same error bodies, limits and checks are used by
 * both paths: {@link HookCalls}, {@link HookSecurity}, the exception mappers.
 */
public final class HookFastPath {
  private static final System.Logger LOG = System.getLogger(HookFastPath.class.getName());

  /** What a request passes through in Jersey and would not here. */
  private static final List<Class<?>> PIPELINE_PROVIDERS = List.of(ContainerRequestFilter.class,
      ContainerResponseFilter.class, ReaderInterceptor.class, WriterInterceptor.class, ExceptionMapper.class,
      DynamicFeature.class, Feature.class, ApplicationEventListener.class);

  /** Jersey's switches for its own monitoring, whose statistics count every request. */
  private static final List<String> MONITORING_PROPERTIES = List.of(ServerProperties.MONITORING_ENABLED,
      ServerProperties.MONITORING_STATISTICS_ENABLED, ServerProperties.MONITORING_STATISTICS_MBEANS_ENABLED);

  /**
   * Where the providers that do nothing to a hook call come from: Jackson's and Jersey's JSON
   * support (hook bodies are read and written by the runtime) and WADL (turned off by the
   * runtime unless the application turns it on); a servlet container's Jersey lists them among the
   * application's. Jersey's others (its logging, its metrics listeners, its security filters) count
   * as the application's: they must see every call.
   */
  private static final List<String> HARMLESS_PACKAGES = List.of("org.glassfish.jersey.jackson.",
      "org.glassfish.jersey.server.wadl.", "com.fasterxml.jackson.");

  /** The runtime's own, whose work this path does itself. */
  private static final Set<Class<?>> OWN_PROVIDERS = Set.of(WcsHooksFeature.class, HookSecurity.class, CallLog.class,
      WebApplicationExceptionMapper.class, UnexpectedExceptionMapper.class, MalformedHeaders.class, UndecodedBody.Mark.class,
      UndecodedBody.Check.class, UntypedEmptyBody.class, ZeroQualityAccept.class);

  /**
   * What WCS (older builds: the second) and most clients send, settled without a parse
   * ({@link #acceptsJson}).
   */
  static final Set<String> PLAIN_ACCEPTS = Set.of("application/json", "application/json, application/*+json", "*/*",
      "application/json, */*", "application/json,*/*", "application/json, text/plain, */*");

  private final boolean onlyHooks;
  private final String prefix;
  private final String health;
  private final HookCalls calls;
  private final HookDispatcher dispatcher;
  private final Set<String> hooks;
  private final Set<String> handled;
  private final HookSecurity security;
  private final ErrorBodies errors;
  private final WebApplicationExceptionMapper webErrors;
  private final UnexpectedExceptionMapper unexpected;
  private final int maxBodyBytes;

  /**
   * The fast path for an application, in front of its Jersey container, when the application is a
   * hook application ({@code WcsHooksFeature} with a dispatcher) and registers no filter,
   * interceptor, exception mapper, feature or monitoring listener ({@code ApplicationEventListener},
   * as metrics libraries register) of its own and does not turn Jersey's monitoring on: hook calls
   * would bypass them here. Else null.
   *
   * @param contextPath the base path as a context path ({@code ""} for the root)
   */
  public static HookFastPath forApplication(ResourceConfig config, String contextPath) {
    List<HookCalls> applications = new ArrayList<>();
    List<HookSecurity> securities = new ArrayList<>();
    for (Object instance : config.getInstances()) {
      if (instance instanceof WcsHooksFeature feature && feature.calls().dispatcher().isPresent()) {
        applications.add(feature.calls());
      } else if (instance instanceof HookSecurity security && security.mode() != HookSecurity.Mode.NONE) {
        securities.add(security);
      }
    }
    if (applications.size() != 1 || securities.size() > 1) {
      return null;
    }
    List<String> foreign = foreignProviders(config);
    if (!foreign.isEmpty()) {
      LOG.log(System.Logger.Level.INFO, () -> "hook calls go through Jersey's request pipeline (no fast path):"
          + " the application registers " + String.join(", ", foreign) + ", which must see them");
      return null;
    }
    HookCalls calls = applications.get(0);
    HookDispatcher dispatcher = calls.dispatcher().orElseThrow();
    return new HookFastPath(onlyHooks(config, dispatcher), contextPath, calls, dispatcher,
        securities.isEmpty() ? HookSecurity.none() : securities.get(0));
  }

  /** The classes of everything registered on the application, as classes or as instances. */
  private static List<Class<?>> components(ResourceConfig config) {
    List<Class<?>> components = new ArrayList<>(config.getClasses());
    config.getInstances().forEach(instance -> components.add(instance.getClass()));
    return components;
  }

  /** Whether the application holds nothing but what a generated hook application registers. */
  private static boolean onlyHooks(ResourceConfig config, HookDispatcher dispatcher) {
    for (Class<?> type : components(config)) {
      if (type != dispatcher.getClass() && type != WcsHooksFeature.class && type != HookSecurity.class
          && !AbstractBinder.class.isAssignableFrom(type)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The application's filters, interceptors, exception mappers, features and monitoring listeners
   * (Jersey's too, but for the harmless ones; not the runtime's), and Jersey's monitoring when a
   * property turns it on.
   */
  private static List<String> foreignProviders(ResourceConfig config) {
    List<String> foreign = new ArrayList<>();
    for (String property : MONITORING_PROPERTIES) {
      if (Boolean.parseBoolean(String.valueOf(config.getProperty(property)))) {
        foreign.add("Jersey's monitoring (" + property + ")");
      }
    }
    for (Class<?> type : components(config)) {
      String name = type.getName();
      if (OWN_PROVIDERS.contains(type) || HARMLESS_PACKAGES.stream().anyMatch(name::startsWith)) {
        continue;
      }
      if (type == MonitoringFeature.class) {
        foreign.add("Jersey's monitoring (" + name + ")");
        continue;
      }
      for (Class<?> kind : PIPELINE_PROVIDERS) {
        if (kind.isAssignableFrom(type) && !foreign.contains(name)) {
          foreign.add(name);
        }
      }
    }
    return foreign;
  }

  private HookFastPath(boolean onlyHooks, String contextPath, HookCalls calls, HookDispatcher dispatcher,
      HookSecurity security) {
    this.onlyHooks = onlyHooks;
    this.prefix = contextPath + "/";
    this.health = prefix + HealthEndpoint.PATH;
    this.calls = calls;
    this.dispatcher = dispatcher;
    this.hooks = Set.copyOf(dispatcher.hooks());
    this.handled = Set.copyOf(dispatcher.handledHooks());
    this.security = security;
    this.errors = calls.errors();
    this.webErrors = new WebApplicationExceptionMapper(errors);
    this.unexpected = new UnexpectedExceptionMapper(errors);
    this.maxBodyBytes = calls.limits().maxBodyBytes();
  }

  /**
   * Whether Jersey may start when a request first needs it: the application is nothing but hooks.
   * Else it starts with the server, so that the errors of the application's own resources or
   * components stop the start.
   */
  public boolean jerseyOnDemand() {
    return onlyHooks;
  }

  /**
   * Answers a hook call or a health check; returns false, having done nothing, for any other
   * request, which is Jersey's.
   */
  public boolean serve(HookExchange exchange) throws IOException {
    String hook = hookOf(exchange);
    if (hook == null) {
      if (isHealthCheck(exchange)) {
        exchange.send(HookAnswer.HEALTHY);
        return true;
      }
      return false;
    }
    long started = CallLog.enabled() && !warmingUp ? System.nanoTime() : 0;
    List<String> authorization = exchange.headers("Authorization");
    HookAnswer refused;
    try {
      refused = refusedFromHead(hook, exchange, authorization);
    } catch (RuntimeException e) {
      refused = unexpectedFailure(e);
    }
    if (refused != null) {
      answerRefusal(refused, exchange, hook, started);
      return true;
    }
    // Only a call that passed the checks of its head has its body waited for (and kept meanwhile).
    exchange.whenBodyArrived(maxBodyBytes, () -> {
      try {
        serveBody(hook, exchange, authorization, started);
      } catch (IOException e) {
        LOG.log(System.Logger.Level.DEBUG, () -> "the answer to hook " + hook + " could not be written", e);
      }
    });
    return true;
  }

  /** The rest of {@link #serve} once the body can be read without waiting on the client. */
  private void serveBody(String hook, HookExchange exchange, List<String> authorization, long started)
      throws IOException {
    Object read;
    try {
      read = read(hook, exchange, authorization);
    } catch (RuntimeException e) {
      read = unexpectedFailure(e);
    }
    if (read instanceof HookAnswer refused) {
      answerRefusal(refused, exchange, hook, started);
      return;
    }
    HookCall call = (HookCall) read;
    // Only the call log needs the sessionId; reading it parses a body that was only validated.
    String sessionId = started != 0 ? CallLog.sessionId(call.json()) : null;
    if (exchange.canSuspend()) {
      // A handler runs on the handler pool (its deadline is kept there): this thread serves others meanwhile.
      call.answerLater(later(exchange, hook, sessionId, started));
    }
    HookAnswer answer = evaluate(() -> dispatcher.dispatch(hook, call), sessionId);
    if (!call.isAnsweredLater()) {
      finish(answer != null ? answer : noAnswer(sessionId), exchange, hook, started);
    }
  }

  /** A failure no check foresaw: the JSON 500 Jersey's mapper gives (and logs), never the container's page. */
  private HookAnswer unexpectedFailure(RuntimeException e) throws IOException {
    return HookAnswer.of(unexpected.toResponse(e), null, calls);
  }

  private static void answerRefusal(HookAnswer refused, HookExchange exchange, String hook, long started) {
    try {
      finish(refused, exchange, hook, started);
    } catch (IOException e) {
      // The client is gone (it may have left mid-body): nothing to answer, nothing the server did wrong.
      LOG.log(System.Logger.Level.DEBUG, () -> "the answer to hook " + hook + " could not be written", e);
    }
  }

  /** Where a handler's answer goes when it comes from the handler pool. */
  private HookCall.AnswerLater later(HookExchange exchange, String hook, String sessionId, long started) {
    return new HookCall.AnswerLater() {
      @Override
      public void suspend() {
        exchange.suspend();
      }

      @Override
      public void resume(Supplier<jakarta.ws.rs.core.Response> answer) {
        try {
          HookAnswer evaluated = evaluate(answer, sessionId);
          finish(evaluated != null ? evaluated : noAnswer(sessionId), exchange, hook, started);
        } catch (IOException | RuntimeException e) {
          LOG.log(System.Logger.Level.DEBUG, () -> "the answer to hook " + hook + " could not be written", e);
        }
      }
    };
  }

  /**
   * The answer when the call is refused from its head, before its body is read: authentication
   * (but for a signature, which needs the body), a declared length over the limit. Else null.
   */
  private HookAnswer refusedFromHead(String hook, HookExchange exchange, List<String> authorization) {
    Refusal refusal = security.checkHeaders(hook, authorization);
    if (refusal != null) {
      return HookAnswer.refusal(refusal, errors);
    }
    return exchange.contentLength() > maxBodyBytes ? HookAnswer.error(413, calls.tooLarge(), errors) : null;
  }

  /** The call, or the answer when it is refused before any handler: size, signature, JSON. */
  private Object read(String hook, HookExchange exchange, List<String> authorization) throws IOException {
    long length = exchange.contentLength();
    byte[] body;
    try {
      body = exchange.body(maxBodyBytes);
    } catch (IOException e) {
      // The client stopped mid-body: a 400 as through Jersey, not a failure the container logs.
      return HookAnswer.incompleteBody(errors);
    }
    if (body != null && length >= 0 && body.length < length) {
      // Grizzly ends the stream where a client half-closed: the part that came is not the call.
      return HookAnswer.incompleteBody(errors);
    }
    if (body == null) {
      return HookAnswer.error(413, calls.tooLarge(), errors);
    }
    Refusal refusal = security.checkBody(hook, authorization, body);
    if (refusal != null) {
      return HookAnswer.refusal(refusal, errors);
    }
    try {
      // A hook without a handler answers the body as received: it is validated, not parsed, and
      // nothing reads its headers (they are for a handler's HookContext), so none are copied.
      return handled.contains(hook) ? calls.call(body, exchange.allHeaders()) : calls.validated(body, Map.of());
    } catch (MalformedJsonException e) {
      return HookAnswer.error(400, e.getMessage(), errors);
    }
  }

  /**
   * The resource method's answer as bytes; what it throws mapped as Jersey's exception mappers would.
   * Null only when the answer comes {@linkplain HookCall#isAnsweredLater() later}.
   */
  private HookAnswer evaluate(Supplier<jakarta.ws.rs.core.Response> method, String sessionId) throws IOException {
    jakarta.ws.rs.core.Response answer;
    try {
      answer = method.get();
    } catch (WebApplicationException e) {
      answer = webErrors.toResponse(e);
    } catch (RuntimeException | Error e) {
      // An Error too (a hand-written resource method's StackOverflowError, an AssertionError): Jersey's
      // mapper of Throwable answers it, where the container would answer its own 500 and close the connection.
      answer = unexpected.toResponse(e);
    }
    if (answer == null) {
      // The method handed its answer on (answered later), or broke its contract (see noAnswer).
      return null;
    }
    return HookAnswer.of(answer, sessionId, calls);
  }

  /**
   * A resource method that answered null (generated ones never do): a logged 500 with the usual body,
   * where Jersey would send an empty 204 that WCS could not read as a hook answer.
   */
  private HookAnswer noAnswer(String sessionId) throws IOException {
    return HookAnswer.of(unexpected.toResponse(new IllegalStateException("the resource method answered null")),
        sessionId, calls);
  }

  private static void finish(HookAnswer answer, HookExchange exchange, String hook, long started) throws IOException {
    // Logged first: once sent, the exchange is over (the client may already have the answer).
    if (started != 0) {
      CallLog.log("POST", hook, answer.sessionId, answer.status(), started);
    }
    exchange.send(answer);
  }

  /** Stops the handler threads, and writes the counts the application's throttled warnings held back. */
  public void close() {
    try {
      calls.close();
    } finally {
      security.flushRefusalLog();
    }
  }

  /** Starts the handler pool again after {@link #close()}: a server started again on the same application. */
  public void open() {
    calls.open();
  }

  private volatile boolean warmingUp;

  /** While true, calls are the server's own synthetic ones: not written to the call log. */
  public void warmingUp(boolean on) {
    this.warmingUp = on;
  }

  /** The hooks whose calls run no user code: the warm-up calls them. */
  public List<String> unhandledHooks() {
    List<String> unhandled = new ArrayList<>(hooks);
    unhandled.removeAll(dispatcher.handledHooks());
    unhandled.sort(null);
    return unhandled;
  }

  /** The application's authentication of hook calls (the warm-up signs its calls with it). */
  public HookSecurity security() {
    return security;
  }

  /**
   * {@code GET <base>/_health} as Jersey's health resource would answer it: without a body, so
   * without a Content-Type (one there goes to Jersey, which checks it).
   */
  private boolean isHealthCheck(HookExchange exchange) {
    return exchange.method().equals("GET") && exchange.query() == null
        && health.equals(exchange.rawPath()) && exchange.headers("Content-Type") == null
        && acceptsJson(exchange.headers("Accept"));
  }

  /** The hook a request calls, when it takes this path; else null. */
  private String hookOf(HookExchange exchange) {
    if (!exchange.method().equals("POST") || exchange.query() != null) {
      return null;
    }
    String uri = exchange.rawPath();
    if (uri == null || !uri.startsWith(prefix)) {
      return null;
    }
    String hook = uri.substring(prefix.length());
    if (!hooks.contains(hook)
        || !isJson(exchange.headers("Content-Type"))
        || !acceptsJson(exchange.headers("Accept"))
        || exchange.headers("Content-Encoding") != null) {
      return null;
    }
    return hook;
  }

  /** {@code application/json}, with no parameter but a UTF-8 charset. */
  static boolean isJson(List<String> contentTypes) {
    if (contentTypes == null || contentTypes.size() != 1) {
      return false;
    }
    String[] parts = contentTypes.get(0).split(";", -1);
    if (!parts[0].strip().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
      if (!parameter.equals("charset=utf-8") && !parameter.equals("charset=\"utf-8\"")) {
        return false;
      }
    }
    return true;
  }

  /**
   * No Accept, or one that lists JSON or a wildcard over it and refuses nothing ({@code q=0}):
   * the cases where Jersey, too, answers JSON without a question. The header is read by Jersey's
   * own reader (the one its request uses, on the values joined with commas as it joins them), so
   * that quoting and malformed values are read alike; one Jersey cannot parse is left to Jersey,
   * which refuses it ({@link io.wcshooks.runtime.http.MalformedHeaders}).
   */
  static boolean acceptsJson(List<String> accept) {
    if (accept == null || accept.size() == 1 && PLAIN_ACCEPTS.contains(accept.get(0))) {
      return true;
    }
    String joined = String.join(",", accept);
    if (joined.isEmpty()) {
      return true;
    }
    try {
      return allowsJson(HttpHeaderReader.readAcceptMediaType(joined));
    } catch (ParseException | RuntimeException e) {
      return false;
    }
  }

  /** Whether media ranges, as Jersey reads them, allow JSON and refuse nothing. */
  static boolean allowsJson(List<AcceptableMediaType> ranges) {
    boolean json = false;
    for (AcceptableMediaType range : ranges) {
      if (range.getQuality() == 0) {
        return false;
      }
      json |= range.isWildcardType()
          || range.getType().equalsIgnoreCase("application")
              && (range.isWildcardSubtype() || range.getSubtype().equalsIgnoreCase("json"));
    }
    return json;
  }


}
