package io.wcshooks.runtime.server;

import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.logging.LogAtExit;
import io.wcshooks.runtime.testing.TestHooks;
import java.util.concurrent.CountDownLatch;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A user's main that reaches {@link WcsHookServer#runUntilShutdown()} only once the JVM has begun
 * to exit (a SIGTERM during the start, while another shutdown hook still runs), for
 * {@link RunShutdownTest}'s child JVM.
 */
public final class ExitDuringStartMain {
  static final String CLOSED = "runUntilShutdown returned; closed: ";

  private ExitDuringStartMain() {}

  public static void main(String[] args) throws InterruptedException {
    LogAtExit.useShutdownLogManager();
    CountDownLatch exiting = new CountDownLatch(1);
    CountDownLatch mainDone = new CountDownLatch(1);
    // Another hook of the application's, still running when main gets there.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      exiting.countDown();
      try {
        mainDone.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    TestHooks hooks = new TestHooks();
    ResourceConfig config = new ResourceConfig();
    config.register(WcsHooksFeature.builder().dispatcher(hooks).build());
    config.register(hooks);
    WcsHookServer server = WcsHookServer.start(config, ServerSettings.fromEnvironment(args, System.getenv()));
    new Thread(() -> System.exit(0)).start();
    exiting.await();
    try {
      server.runUntilShutdown();
      System.out.println(CLOSED + server.isClosed());
      System.out.flush();
    } finally {
      mainDone.countDown();
    }
  }
}
