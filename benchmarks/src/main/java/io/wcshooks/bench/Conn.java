package io.wcshooks.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One keep-alive HTTP/1.1 connection over a raw socket: POST a prebuilt request, read the whole response. */
final class Conn implements AutoCloseable {
  private final int port;
  private final byte[][] requests;
  private Socket socket;
  private OutputStream out;
  private InputStream in;
  private int next;

  Conn(int port, List<Mix.Hook> mix, int start) {
    this.port = port;
    this.requests = new byte[mix.size()][];
    for (int i = 0; i < mix.size(); i++) {
      Mix.Hook hook = mix.get(i);
      String head = "POST /" + hook.name() + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
          + "\r\nContent-Type: application/json;charset=UTF-8\r\nAccept: application/json\r\nUser-Agent: Java-http-client/17"
          + "\r\nContent-Length: " + hook.body().length + "\r\n\r\n";
      byte[] h = head.getBytes(StandardCharsets.US_ASCII);
      byte[] r = new byte[h.length + hook.body().length];
      System.arraycopy(h, 0, r, 0, h.length);
      System.arraycopy(hook.body(), 0, r, h.length, hook.body().length);
      requests[i] = r;
    }
    this.next = start % requests.length;
  }

  private void open() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    socket.setSoTimeout(30_000);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 16384);
  }

  /** Sends the next request of the mix; returns the HTTP status, or -1 on an I/O failure (the connection is reopened next time). */
  int call() {
    byte[] request = requests[next];
    next = (next + 1) % requests.length;
    try {
      if (socket == null) {
        open();
      }
      out.write(request);
      out.flush();
      return readResponse();
    } catch (IOException e) {
      close();
      return -1;
    }
  }

  private int readResponse() throws IOException {
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closeAfter = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon).trim();
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("content-length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
        chunked = true;
      } else if (name.equalsIgnoreCase("connection") && value.equalsIgnoreCase("close")) {
        closeAfter = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
          size = Long.parseLong(line().split(";")[0].trim(), 16)) {
        skip(size);
        line();
      }
      line();
    } else if (length > 0) {
      skip(length);
    }
    if (closeAfter) {
      close();
    }
    return code;
  }

  private void skip(long n) throws IOException {
    while (n > 0) {
      long skipped = in.skip(n);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("closed mid-body");
        }
        skipped = 1;
      }
      n -= skipped;
    }
  }

  private final StringBuilder lineBuffer = new StringBuilder();

  private String line() throws IOException {
    lineBuffer.setLength(0);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("closed");
      }
      if (c != '\r') {
        lineBuffer.append((char) c);
      }
    }
    return lineBuffer.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing
      }
      socket = null;
    }
  }
}
