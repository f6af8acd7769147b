package io.wcshooks.sample;

import io.wcshooks.runtime.logging.LogAtExit;
import io.wcshooks.runtime.server.ServerSettings;
import io.wcshooks.runtime.server.WcsHookServer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the sample backend on the embedded server.
 *
 * <pre>
 * java -jar wcs-hooks-sample.jar [--config FILE] [--port N] [--host H] [--base-path /p]
 * </pre>
 */
public final class SampleApp {
  private SampleApp() {}

  public static void main(String[] args) {
    // Before anything logs: what the server and the audit writer log while stopping is then written, not dropped.
    LogAtExit.useShutdownLogManager();
    // One line per log record, so each audit event is one line (unless the user configured logging).
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
    }
    WcsHookServer server;
    try {
      List<String> serverArgs = new ArrayList<>();
      Optional<Path> configFile = usage(() -> configFile(args, serverArgs));
      SampleConfig config = SampleConfig.load(configFile, System.getenv());
      Map<String, String> env = new HashMap<>();
      env.put(ServerSettings.PORT_ENV, Integer.toString(config.port()));
      env.put(ServerSettings.BASE_PATH_ENV, config.basePath());
      env.putAll(System.getenv()); // WCS_HOOKS_* from the environment win over the file
      // The variables alone first: a mistake in them is the configuration's, answered without the usage.
      ServerSettings.fromEnvironment(new String[0], env);
      ServerSettings settings = usage(() -> ServerSettings.fromEnvironment(serverArgs.toArray(String[]::new), env));
      Clock clock = Clock.systemUTC();
      server = WcsHookServer.start(
          SampleHooks.application(config, clock, new AuditLog(clock), System.getenv()), settings);
    } catch (IllegalArgumentException e) {
      System.err.println("wcs-hooks sample: " + e.getMessage());
      // The usage helps with a mistyped flag; after a configuration mistake it would only bury the one line that matters.
      if (e instanceof UsageError) {
        System.err.println(USAGE);
      }
      System.exit(2);
      return;
    } catch (UncheckedIOException e) {
      // The port is taken, or the host is not this machine's: the message says which.
      System.err.println("wcs-hooks sample: " + e.getMessage());
      System.exit(1);
      return;
    }
    // Standard error: standard output carries only the audit trail's JSON lines. The server's own
    // start line has already said what to give WCS's "update app", with this host's name.
    System.err.println("wcs-hooks sample listening on " + server.baseUri());
    server.runUntilShutdown();
  }

  private static final String USAGE = "usage: java -jar wcs-hooks-sample.jar [--config FILE] [--port N] [--host H]"
      + " [--base-path /p] [--fast-path true|false] [--container jetty|grizzly]";

  /** A mistake in the command line (as opposed to the configuration), for which the usage is printed. */
  private static final class UsageError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageError(IllegalArgumentException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static <T> T usage(Supplier<T> readingArguments) {
    try {
      return readingArguments.get();
    } catch (IllegalArgumentException e) {
      throw new UsageError(e);
    }
  }

  private static Optional<Path> configFile(String[] args, List<String> rest) {
    Optional<Path> file = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--config")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("--config needs a file");
        }
        file = Optional.of(Path.of(args[++i]));
      } else if (arg.startsWith("--config=")) {
        file = Optional.of(Path.of(arg.substring("--config=".length())));
      } else {
        rest.add(arg);
      }
    }
    return file;
  }
}
