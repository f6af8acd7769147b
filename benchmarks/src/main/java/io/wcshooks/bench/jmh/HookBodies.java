package io.wcshooks.bench.jmh;

import io.wcshooks.bench.Mix;

/**
 * The three bodies the JSON-path microbenchmarks use, the server benchmark's own ({@link Mix}):
 * a {@code connect} with ~0.5 KB of {@code custom}, a {@code publishStream} with a ~3.5 KB SDP, and a
 * {@code StreamKeepAliveEvent} (half of the mix). Each comes with the field a handler would overwrite.
 */
final class HookBodies {
  static final String CONNECT = "connect";
  static final String PUBLISH_STREAM = "publishStream";
  static final String KEEP_ALIVE = "StreamKeepAliveEvent";

  private HookBodies() {}

  /** The request body WCS sends for {@code hook} in the mix. */
  static byte[] body(String hook) {
    return Mix.body(hook);
  }

  /**
   * The field a handler overwrites: the SIP login the sample adds on {@code connect} (absent from the request,
   * so it is appended), the stream name it namespaces on {@code publishStream}, and the stream name on the
   * keep-alive (the sample leaves keep-alives alone; this keeps the three rows comparable).
   */
  static String overwrittenField(String hook) {
    return switch (hook) {
      case CONNECT -> "sipLogin";
      case PUBLISH_STREAM, KEEP_ALIVE -> "name";
      default -> throw new IllegalArgumentException("no field for hook " + hook);
    };
  }

  /** The value written into {@link #overwrittenField}. */
  static String overwrittenValue(String hook) {
    return hook.equals(CONNECT) ? "alice-sip" : "tenant-a/alice/cam1";
  }

}
