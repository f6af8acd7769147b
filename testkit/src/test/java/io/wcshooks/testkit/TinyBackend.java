package io.wcshooks.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A hook backend small enough to script per test, on the JDK's HttpServer: every hook echoes its
 * body with 200 unless the test says otherwise, and every request is kept for assertions. The
 * simulator is what is under test here, so the backend must be obviously right. A test registers
 * it as an extension ({@code @RegisterExtension final TinyBackend backend = new TinyBackend();}): it
 * listens for each test and stops after it.
 */
final class TinyBackend implements BeforeEachCallback, AfterEachCallback {
  /** One request the backend received. */
  record Received(String method, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  /**
   * An answer: status, body, how long to wait before giving it, its Content-Type, and how long to
   * stall between the headers (and the body's first byte) and the rest of the body.
   */
  record Reply(int status, String body, long delayMillis, String contentType, long bodyStallMillis) {
    Reply(int status, String body, long delayMillis) {
      this(status, body, delayMillis, "application/json", 0);
    }

    static Reply echo(String body) {
      return new Reply(200, body, 0);
    }

    static Reply forbid(String reason) {
      return new Reply(403, "{\"status\":403,\"reason\":\"" + reason + "\"}", 0);
    }

    static Reply status(int status) {
      return new Reply(status, "{}", 0);
    }

    /** No answer: the connection is closed once the request has been read. */
    static Reply drop() {
      return new Reply(0, "", 0);
    }

    static Reply late(long millis) {
      return new Reply(200, "{}", millis);
    }

    /** The same answer under another Content-Type. */
    Reply as(String type) {
      return new Reply(status, body, delayMillis, type, bodyStallMillis);
    }

    /** The same answer, its headers and first byte on time, the rest of the body after {@code millis}. */
    Reply stallingBody(long millis) {
      return new Reply(status, body, delayMillis, contentType, millis);
    }
  }

  private HttpServer server;
  private ExecutorService threads;
  private final Map<String, Function<String, Reply>> scripts = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<UnaryOperator<String>> connectChanges = new CopyOnWriteArrayList<>();

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext("/hooks/", exchange -> {
      String method = exchange.getRequestURI().getPath().substring("/hooks/".length());
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      received.add(new Received(method, Map.copyOf(exchange.getRequestHeaders()), body));
      Reply reply = scripts.getOrDefault(method, Reply::echo).apply(body);
      sleep(reply.delayMillis());
      if (reply.status() == 0) {
        exchange.close(); // before any header: the JDK server closes the connection
        return;
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        if (reply.bodyStallMillis() > 0 && bytes.length > 1) {
          out.write(bytes, 0, 1);
          out.flush();
          sleep(reply.bodyStallMillis());
          out.write(bytes, 1, bytes.length - 1);
        } else {
          out.write(bytes);
        }
      } catch (IOException gone) {
        // The simulator gave up on a stalled answer and closed the connection.
      }
    });
    server.start();
  }

  private static void sleep(long millis) {
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The application URL to give WCS. */
  URI appUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
  }

  /** How the backend answers a hook, from the request body. */
  TinyBackend on(String method, Function<String, Reply> script) {
    scripts.put(method, script);
    return this;
  }

  /** connect answers 200 with its body plus this restClientConfig (a JSON object). */
  TinyBackend restClientConfig(String configJson) {
    return changeConnect(body -> body.substring(0, body.length() - 1) + ",\"restClientConfig\":" + configJson + "}");
  }

  /** connect answers 200 with its body, SIP registration asked for under this login. */
  TinyBackend sipAccount(String login) {
    return changeConnect(body -> body.replace("\"sipRegisterRequired\":false",
        "\"sipRegisterRequired\":true,\"sipLogin\":\"" + login + "\""));
  }

  /** connect answers 200 with its body as changed by every change asked for so far, in order. */
  private TinyBackend changeConnect(UnaryOperator<String> change) {
    connectChanges.add(change);
    return on("connect", body -> {
      String answer = body;
      for (UnaryOperator<String> each : connectChanges) {
        answer = each.apply(answer);
      }
      return Reply.echo(answer);
    });
  }

  List<Received> received(String method) {
    return received.stream().filter(r -> r.method().equals(method)).toList();
  }

  List<String> methods() {
    return received.stream().map(Received::method).toList();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.stop(0);
    threads.shutdownNow();
  }
}
