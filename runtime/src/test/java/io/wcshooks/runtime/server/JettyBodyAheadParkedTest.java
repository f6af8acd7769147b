package io.wcshooks.runtime.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wcshooks.runtime.http.ReadAheadBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

/**
 * A body parked for room in the budget whose wait ends otherwise (its client fails, its deadline
 * passes) leaves nothing in the budget's queue: its task, run once room came back after the request
 * had completed, asked Jetty for the request's components ("channel already completed"), and the
 * room it had taken was lost for good, the body giving it back never answered.
 */
class JettyBodyAheadParkedTest {
  @Test
  void roomGivenBackAfterAParkedRequestEndedIsKept() throws Exception {
    ReadAheadBudget budget = new ReadAheadBudget(1);
    assertEquals(true, budget.take(1)); // no room left: the next charged chunk parks
    CountDownLatch completed = new CountDownLatch(1);
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    connector.setIdleTimeout(500); // the parked request fails by its idle timeout: failed() hands it on
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        JettyBodyAhead.read(request, 1 << 20, budget, read -> {
          Content.Chunk chunk = read.read();
          Response.writeError(read, response, Callback.from(() -> {
            callback.succeeded();
            completed.countDown();
          }, x -> {
            callback.failed(x);
            completed.countDown();
          }), Content.Chunk.isFailure(chunk) ? 400 : 200);
        });
        return true;
      }
    });
    server.start();
    try (Socket socket = sendingAFifthOfABody(connector)) {
      InputStream in = socket.getInputStream();
      socket.setSoTimeout(5000);
      in.readNBytes(12); // the answer to the failed request (or the close)
      assertEquals(true, completed.await(5, TimeUnit.SECONDS));
      Thread.sleep(200); // let Jetty recycle the channel
      // Another body hands on and gives back what it held (JettyBodyAhead.handOn -> budget.give):
      assertDoesNotThrow(() -> budget.give(1));
      Thread.sleep(200);
      assertEquals(1, budget.left(), "budget given back in full");
    } finally {
      server.stop();
    }
  }

  /**
   * Room that comes while the server's threads refuse work (it is stopping) is given back at once:
   * the parked body is not read on the thread that gave the room. That thread may hold another
   * body's monitor (it gives room back from inside one), so two of them could wait for each other.
   */
  @Test
  @SuppressWarnings("try") // the socket is held open, unread, for the try's length: that is its use
  void roomThatComesWhileThePoolRefusesWorkIsGivenBack() throws Exception {
    ReadAheadBudget budget = new ReadAheadBudget(1);
    assertEquals(true, budget.take(1));
    AtomicBoolean refusing = new AtomicBoolean();
    QueuedThreadPool threads = new QueuedThreadPool() {
      @Override
      public void execute(Runnable job) {
        if (refusing.get()) {
          throw new RejectedExecutionException("stopping");
        }
        super.execute(job);
      }
    };
    AtomicReference<Thread> handedOnIn = new AtomicReference<>();
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    CountDownLatch parked = new CountDownLatch(1);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        JettyBodyAhead.read(request, 1 << 20, budget, read -> {
          handedOnIn.set(Thread.currentThread());
          Response.writeError(read, response, callback, 400);
        });
        parked.countDown();
        return true;
      }
    });
    server.start();
    try (Socket socket = sendingAFifthOfABody(connector)) {
      assertEquals(true, parked.await(5, TimeUnit.SECONDS));
      Thread.sleep(300); // the rest of the 20,000 bytes read, and the chunk over the free part parked
      refusing.set(true);
      budget.give(1);
      assertEquals(1, budget.left(), "the parked body's room given back, not held by a body read here");
      assertEquals(null, handedOnIn.get());
    } finally {
      refusing.set(false);
      server.stop();
    }
  }

  /** A connection that sent a body's head and 20,000 of its 100,000 bytes: past the free part, so it parks. */
  private static Socket sendingAFifthOfABody(ServerConnector connector) throws IOException {
    Socket socket = new Socket("127.0.0.1", connector.getLocalPort());
    OutputStream out = socket.getOutputStream();
    out.write(("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.write(new byte[20_000]);
    out.flush();
    return socket;
  }
}
