package io.wcshooks.bench;

import io.wcshooks.bench.echo.WcsHooks;
import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;
import io.wcshooks.testkit.HookExchange;
import io.wcshooks.testkit.Session;
import io.wcshooks.testkit.Stream;
import io.wcshooks.testkit.WcsSimulator;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Issue 7's "call not made": how many hook calls WCS makes for one typical session, without and
 * with the opt-in that answers {@code connect} with {@code "restPolicy": "DISABLE"} for every hook
 * the application has no handler for. WCS is the test kit's simulator, which honours DISABLE and
 * logs every call, made or skipped; the applications run in this JVM on a free port: the
 * generated server with no handlers ({@code io.wcshooks.bench.echo}) and the sample app's
 * handlers.
 *
 * <p>The session: connect (with the load's {@code custom}, whose token the sample accepts),
 * publish {@code cam1}, play it, keep-alives for both streams, stop playing, unpublish,
 * disconnect. WCS sends a {@code StreamKeepAliveEvent} for each running stream, periodically; the
 * period is a WCS server setting that this repository's WCS notes do not give, so it is a setting
 * here: {@code bench.keepAliveSeconds} (5). A stream that runs {@code bench.sessionSeconds} (300)
 * gets one keep-alive at the end of each full period: sessionSeconds / keepAliveSeconds of them
 * (60 by default), two streams twice that. Both settings only scale the keep-alive row.
 */
final class SessionCalls {
  private static final int SESSION_SECONDS = Integer.getInteger("bench.sessionSeconds", 300);
  private static final int KEEP_ALIVE_SECONDS = Integer.getInteger("bench.keepAliveSeconds", 5);
  private static final int KEEP_ALIVES_PER_STREAM = SESSION_SECONDS / KEEP_ALIVE_SECONDS;

  /** The sample's switch for the opt-in: its configuration key {@code hooks.disableUnhandled}, as an environment override. */
  private static final String SAMPLE_DISABLE_UNHANDLED = "WCS_SAMPLE_HOOKS_DISABLEUNHANDLED";

  /** An application under test, built without or with the opt-in. */
  private interface Application {
    ResourceConfig build(boolean disableUnhandled) throws ReflectiveOperationException;
  }

  /** The calls made per hook, in the order the session first reached each hook. */
  private record Counts(Map<String, Long> byHook) {
    long total() {
      return byHook.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private SessionCalls() {}

  /** Runs the session against both applications, without and with the opt-in; returns the table (Markdown). */
  static String table() throws IOException, ReflectiveOperationException {
    // The in-process servers log their start and stop (INFO, and a Grizzly WARNING at each graceful
    // stop) through java.util.logging, between the lines of the report: only SEVERE gets through meanwhile.
    Logger root = Logger.getLogger("");
    Level level = root.getLevel();
    root.setLevel(Level.SEVERE);
    try {
      return countAndRender();
    } finally {
      root.setLevel(level);
    }
  }

  private static String countAndRender() throws IOException, ReflectiveOperationException {
    Application echo = disableUnhandled -> disableUnhandled
        ? WcsHooks.builder().disableUnhandledHooks().build()
        : WcsHooks.builder().build();
    try (URLClassLoader sampleClasses = new URLClassLoader(urls(Benchmark.classpath(true)), SessionCalls.class.getClassLoader())) {
      // The sample's audit lines would only interleave with the report: they are dropped.
      Application sample = disableUnhandled -> SampleHooksServer.application(sampleClasses,
          Map.of(SAMPLE_DISABLE_UNHANDLED, Boolean.toString(disableUnhandled)), Optional.of(line -> { }));
      List<Counts> columns = List.of(count(echo, false), count(echo, true), count(sample, false), count(sample, true));
      return render(columns);
    }
  }

  private static Counts count(Application application, boolean disableUnhandled) throws ReflectiveOperationException {
    ServerSettings anyFreePort = ServerSettings.defaults().withHost("127.0.0.1").withPort(0);
    try (WcsHookServer server = WcsHookServer.start(application.build(disableUnhandled), anyFreePort)) {
      WcsSimulator wcs = WcsSimulator.forBackend(server.baseUri()).build();
      runSession(wcs);
      Map<String, Long> byHook = new LinkedHashMap<>();
      for (HookExchange exchange : wcs.hookLog()) {
        byHook.merge(exchange.method(), exchange.called() ? 1L : 0L, Long::sum);
      }
      return new Counts(byHook);
    }
  }

  /** One client's session, as in the class comment; fails if the application refused a step, since the counts would then be of another session. */
  private static void runSession(WcsSimulator wcs) {
    Session session = wcs.connect(Mix.custom());
    if (!session.connected()) {
      throw new IllegalStateException("connect was refused: " + session.refusal().orElse("?"));
    }
    Stream published = session.publish("cam1");
    Stream played = session.play(published.name());
    requireRunning(published);
    requireRunning(played);
    for (int i = 0; i < KEEP_ALIVES_PER_STREAM; i++) {
      session.keepAlive(published).keepAlive(played);
    }
    session.stop(played).unpublish(published).disconnect();
  }

  private static void requireRunning(Stream stream) {
    if (!stream.active()) {
      throw new IllegalStateException(stream + " did not start");
    }
  }

  private static String render(List<Counts> columns) {
    Set<String> hooks = new LinkedHashSet<>();
    columns.forEach(c -> hooks.addAll(c.byHook().keySet()));
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "Hook calls WCS makes for one session (connect, publish, play, %d keep-alives per stream = a %d s session with one "
            + "every %d s, stop, unpublish, disconnect; WCS simulated by the test kit), without and with the opt-in that "
            + "answers connect with restPolicy DISABLE for every hook without a handler (generated code: "
            + "WcsHooks.builder().disableUnhandledHooks(); the sample: hooks.disableUnhandled=true):%n%n", KEEP_ALIVES_PER_STREAM,
        SESSION_SECONDS, KEEP_ALIVE_SECONDS));
    s.append("| hook | no handlers (echo): without | with | sample-app handlers: without | with |\n");
    s.append("| --- | ---: | ---: | ---: | ---: |\n");
    for (String hook : hooks) {
      s.append("| ").append(hook);
      for (Counts column : columns) {
        s.append(" | ").append(column.byHook().getOrDefault(hook, 0L));
      }
      s.append(" |\n");
    }
    s.append("| **total**");
    for (Counts column : columns) {
      s.append(" | **").append(column.total()).append("**");
    }
    return s.append(" |\n").toString();
  }

  private static URL[] urls(String classpath) throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    return urls.toArray(URL[]::new);
  }
}
