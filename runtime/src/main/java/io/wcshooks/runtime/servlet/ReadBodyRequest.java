package io.wcshooks.runtime.servlet;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request whose body was read ahead ({@link ServletBodyAhead}): its stream gives what was read, from memory. */
final class ReadBodyRequest extends HttpServletRequestWrapper {
  private final ReadBody body;
  private ServletInputStream stream;
  private BufferedReader reader;

  ReadBodyRequest(HttpServletRequest request, ReadBody body) {
    super(request);
    this.body = body;
  }

  /** The body this request carries. */
  ReadBody body() {
    return body;
  }

  @Override
  public ServletInputStream getInputStream() {
    if (reader != null) {
      throw new IllegalStateException("getReader() was called for this request");
    }
    if (stream == null) {
      stream = new Stream(body);
    }
    return stream;
  }

  @Override
  public BufferedReader getReader() throws UnsupportedEncodingException {
    if (stream != null) {
      throw new IllegalStateException("getInputStream() was called for this request");
    }
    if (reader == null) {
      String encoding = getCharacterEncoding();
      Charset charset;
      try {
        charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      } catch (IllegalArgumentException e) {
        throw new UnsupportedEncodingException(encoding);
      }
      reader = new BufferedReader(new InputStreamReader(new Stream(body), charset));
    }
    return reader;
  }

  /** The body's bytes, then its end, or the failure that broke it off (or the rest that was left unread). */
  private static final class Stream extends ServletInputStream {
    private final ReadBody body;
    private int position;

    Stream(ReadBody body) {
      this.body = body;
    }

    @Override
    public int read() throws IOException {
      if (position < body.length()) {
        return body.bytes()[position++] & 0xff;
      }
      return end();
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      int left = body.length() - position;
      if (left <= 0) {
        return end();
      }
      int read = Math.min(left, length);
      System.arraycopy(body.bytes(), position, into, offset, read);
      position += read;
      return read;
    }

    private int end() throws IOException {
      if (body.failure() != null) {
        throw body.failure();
      }
      if (body.restUnread()) {
        // Past the limit: more than a body may be, so it is not read (the connection closes on it).
        throw new IOException("the rest of the body, past the limit, was not read");
      }
      return -1;
    }

    @Override
    public int available() {
      return body.length() - position;
    }

    @Override
    public boolean isFinished() {
      return position >= body.length();
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new IllegalStateException("the body was read already: read it with blocking reads");
    }
  }
}
