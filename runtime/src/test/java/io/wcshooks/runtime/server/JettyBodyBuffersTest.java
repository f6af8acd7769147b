package io.wcshooks.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.fastpath.HookFastPath;
import io.wcshooks.runtime.http.ReadAheadBudget;
import io.wcshooks.runtime.json.JsonLimits;
import io.wcshooks.runtime.testing.TestHooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A chunked body over the limit, read only in part before its 413, leaves no network buffer of
 * Jetty's taken: every chunk the reading stream took is given back, on the fast path and on the
 * way to Jersey ({@link JettyDrain#readFirst}). A chunk kept would never go back to the pool.
 */
class JettyBodyBuffersTest {
  private static final int LIMIT = 1000;

  @ParameterizedTest
  @ValueSource(ints = {400, 999, 1001, 5000, 8192, 20_000, 100_000})
  void aBodyOverTheLimitOnTheFastPathLeavesNoBufferTaken(int chunkSize) throws Exception {
    TestHooks hooks = new TestHooks();
    ResourceConfig config = new ResourceConfig()
        .register(WcsHooksFeature.builder().limits(new JsonLimits(LIMIT, 64, LIMIT, 100)).dispatcher(hooks).build())
        .register(hooks);
    HookFastPath fast = HookFastPath.forApplication(config, "");
    try {
      assertNoBufferTaken(new JettyFastPath(fast, new Handler.Abstract() {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
          return false;
        }
      }, ReadAheadBudget.ofThisJvm()), chunkSize);
    } finally {
      fast.close();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 999, 1001, 5000, 8192, 20_000, 100_000})
  void aBodyOverTheLimitOnTheWayToJerseyLeavesNoBufferTaken(int chunkSize) throws Exception {
    assertNoBufferTaken(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws IOException {
        assertEquals(null, JettyDrain.readFirst(request, response, LIMIT));
        Response.writeError(request, response, callback, 413, "too large");
        return true;
      }
    }, chunkSize);
  }

  /** Sends three chunks of {@code chunkSize} to {@code handler}: a 413, and every buffer back in the pool. */
  private static void assertNoBufferTaken(Handler handler, int chunkSize) throws Exception {
    ArrayByteBufferPool.Tracking pool = new ArrayByteBufferPool.Tracking();
    Server server = new Server(new QueuedThreadPool(), null, pool);
    server.setErrorHandler(new JettyJsonErrors());
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(handler);
    server.start();
    try (Socket socket = new Socket("127.0.0.1", connector.getLocalPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /connect HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] data = new byte[chunkSize];
      Arrays.fill(data, (byte) ' ');
      for (int i = 0; i < 3; i++) {
        out.write((Integer.toHexString(chunkSize) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      assertEquals("HTTP/1.1 413", new String(in.readNBytes(12), StandardCharsets.US_ASCII));
    } finally {
      server.stop();
    }
    assertEquals(0, pool.getLeaks().size(), pool::dumpLeaks);
  }
}
