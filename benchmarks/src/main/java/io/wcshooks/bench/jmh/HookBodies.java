package io.wcshooks.bench.jmh;

import java.nio.charset.StandardCharsets;

/**
 * The three bodies the JSON-path microbenchmarks use, byte for byte the ones of the server benchmark's mix
 * ({@code io.wcshooks.bench.Mix}, which is package-private, so they are built again here with the same code):
 * a {@code connect} with ~0.5 KB of {@code custom}, a {@code publishStream} with a ~3.5 KB SDP, and a
 * {@code StreamKeepAliveEvent} (half of the mix). Each comes with the field a handler would overwrite.
 */
final class HookBodies {
  static final String CONNECT = "connect";
  static final String PUBLISH_STREAM = "publishStream";
  static final String KEEP_ALIVE = "StreamKeepAliveEvent";

  private static final String SESSION = "/192.168.1.38:64604/192.168.1.59:8443";
  private static final String CONTEXT = "\"nodeId\":\"H4gfHeULtX6ddGGUWwZxhUNyqZHUFH8j@192.168.1.59\","
      + "\"appKey\":\"defaultApp\",\"sessionId\":\"" + SESSION + "\"";
  private static final String STREAM = "\"name\":\"alice/cam1\",\"mediaSessionId\":\"e1b6b9a0-a7ad-11ef-9f2a-6b1c2c1d4e5f\","
      + "\"published\":true,\"hasVideo\":true,\"hasAudio\":true,\"record\":false,\"width\":1280,\"height\":720,"
      + "\"bitrate\":0,\"quality\":0,\"mediaProvider\":\"WebRTC\",\"origin\":\"https://example.com\"";

  private HookBodies() {}

  /** The request body WCS sends for {@code hook} in the mix. */
  static byte[] body(String hook) {
    String body = switch (hook) {
      case CONNECT -> "{" + CONTEXT + ",\"urlServer\":\"wss://wcs.example.com:8443\",\"clientVersion\":\"2.0\","
          + "\"clientOSVersion\":\"5.0 (Windows NT 10.0; Win64; x64)\",\"clientBrowserVersion\":\"Chrome/131.0\","
          + "\"mediaProviders\":[\"WebRTC\",\"MSE\"],\"keepAlive\":false,\"custom\":" + custom() + "}";
      case PUBLISH_STREAM -> "{" + CONTEXT + "," + STREAM + ",\"status\":\"PENDING\",\"sdp\":\"" + sdp()
          + "\",\"custom\":{\"token\":\"demo-alice\"}}";
      case KEEP_ALIVE -> "{" + CONTEXT + "," + STREAM + ",\"status\":\"PUBLISHING\",\"info\":\"\"}";
      default -> throw new IllegalArgumentException("no body for hook " + hook);
    };
    return body.getBytes(StandardCharsets.UTF_8);
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

  private static String custom() {
    StringBuilder s = new StringBuilder("{\"token\":\"demo-alice\",\"room\":\"room-42\",\"displayName\":\"Alice Example\","
        + "\"device\":{\"os\":\"Windows 10\",\"browser\":\"Chrome 131.0.6778.86\",\"screen\":[1920,1080]},\"tags\":[");
    for (int i = 0; s.length() < 470; i++) {
      s.append(i == 0 ? "" : ",").append("\"tag-").append(i).append("\"");
    }
    return s.append("],\"n\":null}").toString();
  }

  private static String sdp() {
    StringBuilder s = new StringBuilder("v=0\\r\\no=- 1988962254 1988962254 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"
        + "a=group:BUNDLE audio video\\r\\nm=audio 9 RTP/SAVPF 111 103 9 0 8\\r\\nc=IN IP4 0.0.0.0\\r\\n"
        + "a=rtcp:9 IN IP4 0.0.0.0\\r\\na=ice-ufrag:Vk3m\\r\\na=ice-pwd:WJnqX3pHbRX8Fz1c2dR7s9oq\\r\\n"
        + "a=fingerprint:sha-256 3F:0A:7C:12:9B:44:E1:8D:20:5A:66:CC:71:0E:93:BB:4D:2F:88:19:A0:57:C3:6E:11:D4:92:7B:E5:30:8F:46\\r\\n"
        + "a=setup:actpass\\r\\na=mid:audio\\r\\na=sendrecv\\r\\na=rtcp-mux\\r\\n");
    int line = 0;
    while (s.length() < 3500) {
      s.append("a=candidate:").append(1000 + line).append(" 1 udp 2122260223 192.168.1.").append(line % 250)
          .append(" ").append(50000 + line).append(" typ host generation 0 network-id 1\\r\\n");
      s.append("a=rtpmap:").append(96 + line % 30).append(" VP8/90000\\r\\na=rtcp-fb:").append(96 + line % 30)
          .append(" nack pli\\r\\n");
      line++;
    }
    return s.toString();
  }
}
