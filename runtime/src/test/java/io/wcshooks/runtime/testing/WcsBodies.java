package io.wcshooks.runtime.testing;

/** Hook bodies shaped like the ones WCS sends, with everything an echo must keep exactly. */
public final class WcsBodies {
  private WcsBodies() {}

  /**
   * A {@code connect} body with fields the spec does not know, an explicit null, a boolean and a
   * port sent as strings, integers beyond 64 bits, decimals beyond double precision and with a
   * trailing zero, nesting, Cyrillic, an emoji raw and escaped, escape sequences (including an
   * escaped NUL and an escaped slash), and whitespace a re-serialisation would not reproduce.
   */
  public static final String CONNECT = """
      {
        "nodeId" : "H4gfHeULtX6ddGGUWwZxhUNyqZHUFH8j@192.168.1.59",
        "appKey": "defaultApp",
        "sessionId": "/192.168.1.38:64604/192.168.1.59:8443",
        "sipLogin": "alice",
        "origin": "https://example.com",
        "clientVersion": "2.0.212",
        "keepAlive": false,
        "useWsTunnel": null,
        "hasAudio": "true",
        "sipPort": "5060",
        "custom": {"token": "abc", "nested": {"list": [1, 2.50, {"x": null}], "empty": {}}, "arr": []},
        "huge": 123456789012345678901234567890,
        "negativeHuge": -98765432109876543210987654321,
        "pi": 3.14159265358979323846264338327950288,
        "price": 1.10,
        "tiny": -1.5E-10,
        "zero": 0.000,
        "createDate": 1700000000000,
        "cyrillic": "Привет, мир",
        "emoji": "😀",
        "escapedEmoji": "\\ud83d\\ude00",
        "escapes": "tab\\t quote\\" backslash\\\\ nul\\u0000 slash\\/ e\\u00e9",
        "audioState": {"muted": false}
      }
      """;

  /** A {@code StreamStatusEvent} body, compact, as most WCS builds send it. */
  public static final String STREAM_STATUS = "{\"nodeId\":\"node1@10.0.0.1\",\"appKey\":\"defaultApp\","
      + "\"sessionId\":\"6f1c2d3e-0000-4000-8000-000000000001\",\"mediaSessionId\":\"a1b2\","
      + "\"name\":\"stream1\",\"published\":true,\"hasVideo\":true,\"hasAudio\":\"false\","
      + "\"status\":\"PLAYBACK_PROBLEM\",\"bitrate\":1.10,\"sdp\":\"v=0\\r\\no=- 1 2 IN IP4 127.0.0.1\\r\\n\","
      + "\"createDate\":1700000000000,\"record\":null}";
}
