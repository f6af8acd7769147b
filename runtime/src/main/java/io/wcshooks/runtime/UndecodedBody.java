package io.wcshooks.runtime;

import io.wcshooks.runtime.http.DeclaredLength;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.logging.LogText;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A hook body as the container delivered it, told apart from one a decoder of the application
 * read: Jersey's {@code GZipEncoder}, which {@code EncodingFilter} registers, replaces the stream at
 * {@link Priorities#ENTITY_CODER}. {@link Mark} runs before the decoders, {@link Check} after them:
 * an encoded body that no decoder read is refused (its bytes are not the JSON they may look like),
 * and the length the client declared is held against the bytes that came, not decoded ones (and
 * against the body limit, before they come).
 */
public final class UndecodedBody {
  /** The priority {@link Mark} is registered with: before the decoders. */
  public static final int MARK_PRIORITY = Priorities.ENTITY_CODER - 1;
  /** The priority {@link Check} is registered with: after the decoders. */
  public static final int CHECK_PRIORITY = Priorities.ENTITY_CODER + 1;

  private static final String STREAM = UndecodedBody.class.getName() + ".stream";

  private UndecodedBody() {}

  /**
   * Wraps the container's stream of a hook body, so that {@link Check} can tell whether it was
   * replaced; refuses a plain body declared longer than the body limit (413) before any of it is
   * read, as the fast path does: a client that waits for the answer before sending the rest gets
   * it. Not an encoded one: its limit holds for the decoded bytes.
   */
  public static final class Mark implements ReaderInterceptor {
    private final HookCalls calls;

    public Mark(HookCalls calls) {
      this.calls = calls;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
      if (context.getType() == HookCall.class) {
        long declared = DeclaredLength.of(context.getHeaders());
        if (declared > calls.limits().maxBodyBytes() && !isEncoded(context)) {
          throw new WebApplicationException(calls.errors().response(413, calls.tooLarge()));
        }
        Stream stream = new Stream(context.getInputStream(), declared);
        context.setInputStream(stream);
        context.setProperty(STREAM, stream);
      }
      return context.proceed();
    }
  }

  /** Refuses a hook body with a Content-Encoding (other than identity) that reaches it undecoded: 415. */
  public static final class Check implements ReaderInterceptor {
    private final ErrorBodies errors;

    public Check(ErrorBodies errors) {
      this.errors = errors;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
      if (context.getType() == HookCall.class) {
        if (isEncoded(context) && context.getInputStream() == context.getProperty(STREAM)) {
          String encoding = context.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING);
          throw new WebApplicationException(errors.response(415,
              "Content-Encoding " + LogText.safe(encoding.strip()) + " is not supported: a hook body is plain JSON"));
        }
      }
      return context.proceed();
    }
  }

  /** Whether the request declares a Content-Encoding other than identity. */
  private static boolean isEncoded(ReaderInterceptorContext context) {
    String encoding = context.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING);
    return encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity");
  }

  /**
   * The container's stream, which fails where it ends before the declared length: Grizzly ends it
   * where a client half-closed, and the part that came is not the call.
   */
  private static final class Stream extends FilterInputStream {
    private final long declared;
    private long read;

    Stream(InputStream in, long declared) {
      super(in);
      this.declared = declared;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      count(b < 0 ? -1 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      count(n);
      return n;
    }

    private void count(int n) throws IOException {
      if (n >= 0) {
        read += n;
      } else if (read < declared) {
        throw new IOException("the body ended after " + read + " of its " + declared + " bytes");
      }
    }
  }
}
