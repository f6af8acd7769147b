package io.wcshooks.runtime.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * WCS's hook signature: with {@code rest_hook_send_hash=true} and
 * {@code rest_hook_secret_key=<secret>}, WCS sends {@code Authorization: WCS <hex>} with every hook
 * call, the hex being the HMAC-MD5 of the request body as sent, keyed by the secret's UTF-8 bytes.
 *
 * <p>{@link HookSecurity} checks it on every hook call; this class is public so that tests and
 * tools (a WCS simulator, a smoke test of a deployed backend) can sign a body the same way:
 *
 * <pre>{@code
 * String header = new HookSignature(secret).authorization(body); // "WCS 5d41402abc4b2a76b9719d911017c592"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HookSignature {
  /** The scheme of the {@code Authorization} header WCS signs with. */
  public static final String SCHEME = "WCS";

  private static final String ALGORITHM = "HmacMD5";
  private static final int DIGEST_BYTES = 16;

  private final SecretKeySpec key;
  private final Mac prototype;

  /**
   * @param secret the secret shared with WCS ({@code rest_hook_secret_key}); not empty
   * @throws IllegalArgumentException when the secret is empty
   */
  public HookSignature(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("the signature secret is empty");
    }
    try {
      key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
      prototype = Mac.getInstance(ALGORITHM);
      prototype.init(key);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("this JVM cannot compute " + ALGORITHM, e);
    }
  }

  /** The HMAC-MD5 of a body: 16 bytes. */
  public byte[] digest(byte[] body) {
    return mac().doFinal(body);
  }

  /** The HMAC-MD5 of a body as WCS writes it: 32 lower-case hex digits. */
  public String hex(byte[] body) {
    return HexFormat.of().formatHex(digest(body));
  }

  /** The {@code Authorization} header value WCS sends with a body: {@code WCS <hex>}. */
  public String authorization(byte[] body) {
    return SCHEME + " " + hex(body);
  }

  /**
   * Whether hex digits are this body's signature, compared in constant time. The digits are read
   * case-insensitively, and as a number: a signature written without its leading zeros (as
   * {@code BigInteger.toString(16)} does) is the same signature.
   *
   * @param hexDigits the credentials of an {@code Authorization: WCS <hex>} header, trimmed
   */
  public boolean matches(byte[] body, String hexDigits) {
    byte[] expected = digest(body);
    byte[] given = parse(hexDigits);
    // isEqual's time depends only on the length of its first argument, never on the contents.
    return given != null && MessageDigest.isEqual(expected, given);
  }

  /** 1 to 32 hex digits as the 16 bytes of a digest, left-padded with zeros; null when they are not. */
  private static byte[] parse(String hexDigits) {
    if (hexDigits == null || hexDigits.isEmpty() || hexDigits.length() > 2 * DIGEST_BYTES) {
      return null;
    }
    String digits = "0".repeat(2 * DIGEST_BYTES - hexDigits.length()) + hexDigits.toLowerCase(Locale.ROOT);
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return null;
      }
    }
    return HexFormat.of().parseHex(digits);
  }

  private Mac mac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      // A provider whose Mac cannot be cloned: a new instance each time.
      try {
        Mac mac = Mac.getInstance(ALGORITHM);
        mac.init(key);
        return mac;
      } catch (GeneralSecurityException impossible) {
        throw new IllegalStateException("this JVM cannot compute " + ALGORITHM, impossible);
      }
    }
  }

  @Override
  public String toString() {
    return "HookSignature[HMAC-MD5, secret hidden]";
  }
}
