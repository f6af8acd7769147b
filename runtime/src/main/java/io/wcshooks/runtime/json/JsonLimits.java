package io.wcshooks.runtime.json;

/**
 * Bounds on a hook body. The defaults leave a wide margin over real WCS traffic (bodies of a few
 * KB, up to a few tens of KB with SDP; nesting of two or three levels in {@code custom}).
 *
 * @param maxBodyBytes the largest body accepted (413 above it)
 * @param maxNestingDepth the deepest nesting of objects and arrays (400 above it)
 * @param maxStringLength the longest string value (400 above it)
 * @param maxNumberLength the most characters in one number (400 above it)
 */
public record JsonLimits(int maxBodyBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
  public static final JsonLimits DEFAULTS = new JsonLimits(1 << 20, 64, 512 * 1024, 200);

  public JsonLimits {
    if (maxBodyBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0) {
      throw new IllegalArgumentException("limits must be positive: " + this);
    }
  }
}
