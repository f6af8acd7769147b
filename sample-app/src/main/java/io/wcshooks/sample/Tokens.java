package io.wcshooks.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where a client's token travels: {@code custom.token}, a string. */
final class Tokens {
  private Tokens() {}

  static String of(ObjectNode custom) {
    JsonNode token = custom == null ? null : custom.get("token");
    return token != null && token.isTextual() ? token.textValue() : null;
  }
}
