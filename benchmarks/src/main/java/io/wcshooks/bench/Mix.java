package io.wcshooks.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hook mix the load generator sends, as WCS would: a connect with ~0.5 KB of {@code custom},
 * publishStream/playStream with a ~3.5 KB SDP, stream status events and (most of all) keep-alives.
 * Weights per 20 requests: connect 2, publishStream 2, playStream 2, StreamStatusEvent 4,
 * StreamKeepAliveEvent 10. The session connects with a token the sample app accepts.
 */
public final class Mix {
  record Hook(String name, byte[] body) {}

  static final String SESSION = "/192.168.1.38:64604/192.168.1.59:8443";
  static final String CONTEXT = "\"nodeId\":\"H4gfHeULtX6ddGGUWwZxhUNyqZHUFH8j@192.168.1.59\","
      + "\"appKey\":\"defaultApp\",\"sessionId\":\"" + SESSION + "\"";

  private Mix() {}

  static String custom() {
    StringBuilder s = new StringBuilder("{\"token\":\"demo-alice\",\"room\":\"room-42\",\"displayName\":\"Alice Example\","
        + "\"device\":{\"os\":\"Windows 10\",\"browser\":\"Chrome 131.0.6778.86\",\"screen\":[1920,1080]},\"tags\":[");
    for (int i = 0; s.length() < 470; i++) {
      s.append(i == 0 ? "" : ",").append("\"tag-").append(i).append("\"");
    }
    return s.append("],\"n\":null}").toString();
  }

  static String sdp() {
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

  static List<Hook> hooks() {
    String stream = "\"name\":\"alice/cam1\",\"mediaSessionId\":\"e1b6b9a0-a7ad-11ef-9f2a-6b1c2c1d4e5f\","
        + "\"published\":true,\"hasVideo\":true,\"hasAudio\":true,\"record\":false,\"width\":1280,\"height\":720,"
        + "\"bitrate\":0,\"quality\":0,\"mediaProvider\":\"WebRTC\",\"origin\":\"https://example.com\"";
    String connect = "{" + CONTEXT + ",\"urlServer\":\"wss://wcs.example.com:8443\",\"clientVersion\":\"2.0\","
        + "\"clientOSVersion\":\"5.0 (Windows NT 10.0; Win64; x64)\",\"clientBrowserVersion\":\"Chrome/131.0\","
        + "\"mediaProviders\":[\"WebRTC\",\"MSE\"],\"keepAlive\":false,\"custom\":" + custom() + "}";
    String publish = "{" + CONTEXT + "," + stream + ",\"status\":\"PENDING\",\"sdp\":\"" + sdp()
        + "\",\"custom\":{\"token\":\"demo-alice\"}}";
    String play = "{" + CONTEXT + "," + stream.replace("\"published\":true", "\"published\":false")
        + ",\"status\":\"PENDING\",\"sdp\":\"" + sdp() + "\",\"custom\":{\"token\":\"demo-alice\"}}";
    String status = "{" + CONTEXT + "," + stream + ",\"status\":\"PUBLISHING\",\"info\":\"\",\"createDate\":1732364400123}";
    String keepAlive = "{" + CONTEXT + "," + stream + ",\"status\":\"PUBLISHING\",\"info\":\"\"}";
    List<Hook> mix = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String name;
      String body;
      if (i < 2) {
        name = "connect";
        body = connect;
      } else if (i < 4) {
        name = "publishStream";
        body = publish;
      } else if (i < 6) {
        name = "playStream";
        body = play;
      } else if (i < 10) {
        name = "StreamStatusEvent";
        body = status;
      } else {
        name = "StreamKeepAliveEvent";
        body = keepAlive;
      }
      mix.add(new Hook(name, body.getBytes(StandardCharsets.UTF_8)));
    }
    // interleave, so each connection sends the whole mix in a fixed, mixed order
    List<Hook> shuffled = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      shuffled.add(mix.get((i * 7) % 20));
    }
    return shuffled;
  }

  /** The body of a hook in the mix (also what the JMH microbenchmarks parse). */
  public static byte[] body(String hook) {
    return hooks().stream()
        .filter(h -> h.name().equals(hook))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + hook + " in the mix"))
        .body();
  }
}
