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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bytes written to a new connection as they are, and every answer read until the server closes it:
 * for requests an HTTP client will not send (HTTP/1.0, pipelined calls, {@code Connection: close},
 * an absolute request target). The requests must end the connection (the last one says
 * {@code Connection: close} or is HTTP/1.0 without keep-alive). Answers to HEAD are not read right.
 */
public final class RawExchange {
  private RawExchange() {}

  /**
   * One answer as a comparable line: the status, the headers a client reads (Content-Type without
   * spaces and in lower case, Connection, Allow, WWW-Authenticate) and the body, de-chunked. How
   * the body is framed is left out: Content-Length and chunked may differ.
   */
  public static List<String> send(URI base, String request) throws IOException {
    return send(base, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  public static List<String> send(URI base, byte[] request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(10_000);
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      List<String> answers = new ArrayList<>();
      for (String status; (status = line(in)) != null; ) {
        answers.add(answer(status, in));
      }
      return answers;
    }
  }

  private static String answer(String statusLine, InputStream in) throws IOException {
    String[] parts = statusLine.split(" ", 3);
    int status = Integer.parseInt(parts[1]);
    StringBuilder answer = new StringBuilder(parts[0]).append(' ').append(status);
    String encoding = null;
    long length = -1;
    List<String> kept = new ArrayList<>();
    for (String line; !(line = required(in)).isEmpty(); ) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      switch (name) {
        case "transfer-encoding" -> encoding = value;
        case "content-length" -> length = Long.parseLong(value);
        case "content-type" -> kept.add(name + ": " + value.replace(" ", "").toLowerCase(Locale.ROOT));
        case "connection", "allow", "www-authenticate" -> kept.add(name + ": " + value);
        default -> { }
      }
    }
    kept.forEach(header -> answer.append(" | ").append(header));
    byte[] body;
    if (status < 200 || status == 204 || status == 304) {
      body = new byte[0];
    } else if (encoding != null && encoding.equalsIgnoreCase("chunked")) {
      body = chunked(in);
    } else if (length >= 0) {
      body = exactly(in, (int) length);
    } else {
      body = in.readAllBytes();
    }
    return answer.append(" | ").append(new String(body, StandardCharsets.UTF_8)).toString();
  }

  private static byte[] chunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = required(in);
      int semicolon = size.indexOf(';');
      int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (length == 0) {
        while (!required(in).isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(exactly(in, length));
      required(in);
    }
  }

  private static byte[] exactly(InputStream in, int length) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length < length) {
      throw new EOFException("the connection closed in the middle of an answer");
    }
    return bytes;
  }

  private static String required(InputStream in) throws IOException {
    String line = line(in);
    if (line == null) {
      throw new EOFException("the connection closed in the middle of an answer");
    }
    return line;
  }

  /** A line without its CRLF; null at the end of the stream before any byte of it. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    for (int b; (b = in.read()) != '\n'; ) {
      if (b == -1) {
        if (line.size() == 0) {
          return null;
        }
        throw new EOFException("the connection closed in the middle of a line");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
