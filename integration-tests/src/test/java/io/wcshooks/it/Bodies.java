package io.wcshooks.it;

import io.wcshooks.spec.EnumType;
import io.wcshooks.spec.HookMethod;
import io.wcshooks.spec.Parameter;
import io.wcshooks.spec.WcsSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Hook bodies built from the methods table: every parameter of the method with a value of its
 * documented type (alternating real and string-typed booleans and numbers, as WCS builds vary),
 * then what real traffic adds: unknown fields, explicit nulls, numbers no double can hold, unicode.
 * Written as text, so the test controls every byte.
 */
final class Bodies {
  /** Fields no spec lists, with values a lossy echo would change. */
  static final String EXTRAS = String.join(",",
      "\"origin\":\"https://example.com\"",
      "\"explicitNull\":null",
      "\"bigInteger\":123456789012345678901234567890",
      "\"negativeBig\":-98765432109876543210987654321",
      "\"precise\":3.14159265358979323846264338327950288",
      "\"trailingZero\":1.10",
      "\"small\":0.0000001",
      "\"exponent\":1e5",
      "\"negativeZero\":-0",
      "\"longMax\":9223372036854775807",
      "\"unicode\":\"Привет, мир 👋 \\u00e9 \\\"quoted\\\" \\\\ \\/ \\n\\t\"",
      "\"audioState\":{\"muted\":false,\"levels\":[0.5,1.25e-3,null]}",
      "\"emptyObject\":{}",
      "\"emptyArray\":[]",
      "\"createDate\":1732364400123");

  private Bodies() {}

  static String forMethod(WcsSpec spec, HookMethod method) {
    List<String> fields = new ArrayList<>();
    int index = 0;
    for (Parameter parameter : spec.requestFields(method)) {
      fields.add(quote(parameter.name()) + ":" + value(spec, parameter, index++));
    }
    fields.add(EXTRAS);
    return "{" + String.join(",", fields) + "}";
  }

  private static String value(WcsSpec spec, Parameter parameter, int index) {
    boolean stringly = index % 2 == 1;
    return switch (parameter.name()) {
      case "sessionId" -> quote("/192.168.1.38:64604/192.168.1.59:8443");
      case "nodeId" -> quote("H4gfHeULtX6ddGGUWwZxhUNyqZHUFH8j@192.168.1.59");
      case "appKey" -> quote("defaultApp");
      default -> switch (parameter.type()) {
        case BOOLEAN -> stringly ? quote("true") : "false";
        case INTEGER -> stringly ? quote("5060") : "5060";
        case NUMBER -> "12.50";
        case OBJECT -> "{\"token\":\"abc\",\"nested\":{\"list\":[1,2.50,null,\"x\"]},\"n\":null}";
        case ARRAY -> "[\"WebRTC\",\"Flash\",\"MSE\"]";
        default -> parameter.enumName()
            .flatMap(spec::enumType)
            .map(EnumType::values)
            .map(values -> quote(values.get(index % values.size())))
            .orElse(quote(parameter.name() + "-value-" + index));
      };
    };
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
