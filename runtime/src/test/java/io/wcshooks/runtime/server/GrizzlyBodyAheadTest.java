package io.wcshooks.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wcshooks.runtime.http.ReadAheadBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link GrizzlyBodyAhead} holds of the budget for bodies that come slowly, on a bare Grizzly
 * server whose handler answers with the number of bytes it read.
 */
class GrizzlyBodyAheadTest {
  private static final int MOST_READ_AHEAD = 512 * 1024;

  private final List<Socket> clients = new ArrayList<>();
  private HttpServer server;
  private GrizzlyBodyAhead ahead;

  @AfterEach
  void stop() throws IOException {
    for (Socket client : clients) {
      client.close();
    }
    if (server != null) {
      server.shutdownNow();
    }
    if (ahead != null) {
      ahead.close();
    }
  }

  /**
   * One-byte chunks were kept as Grizzly's buffers, some 75 bytes of heap each: four such bodies
   * of 400,000 chunks grew the heap by 120 MB while the budget counted 2 MB.
   */
  @Test
  void aBodyOfOneByteChunksHoldsAboutWhatTheBudgetCounts() throws Exception {
    long initial = 1L << 30;
    ReadAheadBudget budget = new ReadAheadBudget(initial);
    int port = start(budget);
    long before = usedHeap();
    int bodies = 4;
    int chunks = 400_000;
    byte[] pieces = "1\r\na\r\n".repeat(chunks).getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < bodies; i++) {
      // No last chunk: each body stays read ahead.
      send(port, "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n", pieces);
    }
    long held = (long) bodies * ReadAheadBudget.charged(chunks);
    awaitAtLeast(() -> initial - budget.left(), held);
    // What is still on its way is read too (the room counted is taken ahead of the bytes).
    Thread.sleep(2000);
    long grown = usedHeap() - before;
    long bytes = (long) bodies * chunks;
    // Grizzly's own read buffers come on top of the copies (about 4 bytes of heap per byte here).
    assertTrue(grown < 10 * bytes, "the heap grew by " + grown + " bytes for " + bytes + " bytes of bodies");
  }

  /** The first piece, read with the head, counts like any other: it may be all of the most read ahead. */
  @Test
  void whatCameWithTheHeadHoldsTheBudget() throws Exception {
    long initial = 64L << 20;
    ReadAheadBudget budget = new ReadAheadBudget(initial);
    int port = start(budget);
    int bodies = 10;
    int sent = 200_000;
    for (int i = 0; i < bodies; i++) {
      // Half of the declared body, in the same write as the head, then nothing.
      send(port, "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 400000\r\n\r\n", new byte[sent]);
    }
    // The whole declared length is room taken at once.
    awaitAtLeast(() -> initial - budget.left(), (long) bodies * ReadAheadBudget.charged(400_000));
    for (Socket client : clients) {
      client.close();
    }
    awaitAtLeast(budget::left, initial);
    assertEquals(initial, budget.left());
  }

  /** A body read ahead in many pieces reaches the handler whole, and the next request on the connection after it. */
  @Test
  void aBodyReadAheadInPiecesReachesTheHandlerWhole() throws Exception {
    ReadAheadBudget budget = new ReadAheadBudget(64L << 20);
    int port = start(budget);
    Socket client = new Socket("127.0.0.1", port);
    clients.add(client);
    OutputStream out = client.getOutputStream();
    out.write("POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < 50; i++) {
      out.write("3e8\r\n".getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[1000]);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(2);
    }
    out.write(("0\r\n\r\nPOST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc")
        .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    client.setSoTimeout(10_000);
    String answers = readAnswers(client.getInputStream(), 2);
    assertTrue(answers.contains("\r\n\r\n50000HTTP/1.1 200"), answers);
    assertTrue(answers.endsWith("\r\n\r\n3"), answers);
    assertEquals(64L << 20, budget.left());
  }

  private int start(ReadAheadBudget budget) throws IOException {
    ahead = new GrizzlyBodyAhead(MOST_READ_AHEAD, budget);
    server = new HttpServer();
    NetworkListener listener = new NetworkListener("test", "127.0.0.1", 0);
    listener.registerAddOn(ahead);
    server.addListener(listener);
    server.getServerConfiguration().addHttpHandler(new HttpHandler() {
      @Override
      public void service(Request request, Response response) throws IOException {
        byte[] answer = String.valueOf(request.getInputStream().readAllBytes().length).getBytes(StandardCharsets.US_ASCII);
        response.setContentType("text/plain");
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
      }
    }, "/");
    server.start();
    return listener.getPort();
  }

  private void send(int port, String head, byte[] body) throws IOException {
    Socket client = new Socket("127.0.0.1", port);
    clients.add(client);
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    OutputStream out = client.getOutputStream();
    out.write(all);
    out.flush();
  }

  private static void awaitAtLeast(LongSupplier value, long least) throws InterruptedException {
    long until = System.nanoTime() + 20_000_000_000L;
    while (value.getAsLong() < least && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertTrue(value.getAsLong() >= least, value.getAsLong() + " < " + least);
  }

  private static long usedHeap() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Reads until {@code count} answers of the handler (each a length in digits, after its head) have come. */
  private static String readAnswers(InputStream in, int count) throws IOException {
    StringBuilder read = new StringBuilder();
    while (read.toString().split("HTTP/1.1 200", -1).length - 1 < count || !read.toString().matches("(?s).*\r\n\r\n\\d+")) {
      int next = in.read();
      if (next < 0) {
        break;
      }
      read.append((char) next);
    }
    return read.toString();
  }
}
