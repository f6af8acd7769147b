package io.wcshooks.runtime.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-MD5 digests computed in the test, independently of {@link HookSignature}. */
final class Signatures {
  private Signatures() {}

  /** The lower-case hex HMAC-MD5 of a body keyed by a secret's UTF-8 bytes. */
  static String hmacMd5Hex(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacMD5");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
      StringBuilder hex = new StringBuilder();
      for (byte b : mac.doFinal(body)) {
        hex.append(String.format("%02x", b & 0xff));
      }
      return hex.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The header WCS sends: {@code WCS <hex>}. */
  static String wcsHeader(String secret, byte[] body) {
    return "WCS " + hmacMd5Hex(secret, body);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
