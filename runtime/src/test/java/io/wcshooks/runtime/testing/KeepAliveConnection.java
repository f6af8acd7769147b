package io.wcshooks.runtime.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 connection that sends request after request, the way WCS's Java client keeps its
 * connections: written by hand so that a test knows every request went over this one socket. It
 * reads answers by {@code Content-Length} or chunked, and fails if the server closes the
 * connection or asks to.
 */
public final class KeepAliveConnection implements AutoCloseable {
  /** An answer: status, headers (names in lower case) and body. */
  public record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final String host;
  private final String basePath;
  private int requests;

  /** Connects to the server of a base URI ({@code http://host:port/base/}). */
  public KeepAliveConnection(URI base, Duration timeout) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout((int) timeout.toMillis());
    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), (int) timeout.toMillis());
    in = new BufferedInputStream(socket.getInputStream());
    out = socket.getOutputStream();
    host = base.getHost() + ":" + base.getPort();
    basePath = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
  }

  /** POSTs a hook call with WCS's headers (and extra ones, as name, value pairs) and reads the answer. */
  public Answer post(String hook, byte[] body, String... headers) throws IOException {
    StringBuilder head = new StringBuilder()
        .append("POST ").append(basePath).append(hook).append(" HTTP/1.1\r\n")
        .append("Host: ").append(host).append("\r\n")
        .append("Content-Type: application/json;charset=UTF-8\r\n")
        .append("Accept: application/json\r\n")
        .append("User-Agent: Java/1.8.0_292\r\n")
        .append("Connection: keep-alive\r\n")
        .append("Content-Length: ").append(body.length).append("\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
    requests++;
    return read();
  }

  /** How many requests went over this connection. */
  public int requests() {
    return requests;
  }

  private Answer read() throws IOException {
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].equals("HTTP/1.1")) {
      throw new IOException("not an HTTP/1.1 status line: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    Map<String, List<String>> headers = new TreeMap<>();
    for (String line; !(line = line()).isEmpty(); ) {
      int colon = line.indexOf(':');
      headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(line.substring(colon + 1).trim());
    }
    byte[] body;
    List<String> encoding = headers.get("transfer-encoding");
    List<String> length = headers.get("content-length");
    if (encoding != null && encoding.get(0).equalsIgnoreCase("chunked")) {
      body = chunked();
    } else if (length != null) {
      body = exactly(Integer.parseInt(length.get(0)));
    } else {
      throw new IOException("an answer with neither Content-Length nor chunked encoding: " + headers);
    }
    List<String> connection = headers.get("connection");
    if (connection != null && connection.get(0).equalsIgnoreCase("close")) {
      throw new IOException("the server closed a keep-alive connection after " + requests + " requests");
    }
    return new Answer(status, headers, body);
  }

  private byte[] chunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      int semicolon = size.indexOf(';');
      int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (length == 0) {
        while (!line().isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(exactly(length));
      if (!line().isEmpty()) {
        throw new IOException("no CRLF after a chunk");
      }
    }
  }

  private byte[] exactly(int length) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length < length) {
      throw new EOFException("the server closed the connection in the middle of an answer");
    }
    return bytes;
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    for (int b; (b = in.read()) != '\n'; ) {
      if (b == -1) {
        throw new EOFException("the server closed the connection after " + requests + " requests");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
