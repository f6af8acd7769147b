package io.wcshooks.hooks;

import io.wcshooks.api.OpenEnum;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Values of {@code RestPolicy} the WCS documentation lists. Open: {@link #of(String)} returns a constant for a
 * documented value and a new, unknown instance carrying the exact text for any other.
 *
 * <p>Used by {@code restClientConfig.restPolicy}.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class RestPolicy extends OpenEnum {
  /**
   * {@code NOTIFY}, as the methods table lists it.
   */
  public static final RestPolicy NOTIFY = new RestPolicy("NOTIFY", true);

  /**
   * {@code OVERWRITE}, as the methods table lists it.
   */
  public static final RestPolicy OVERWRITE = new RestPolicy("OVERWRITE", true);

  /**
   * {@code DISABLE}, as the methods table lists it.
   */
  public static final RestPolicy DISABLE = new RestPolicy("DISABLE", true);

  private static final Map<String, RestPolicy> KNOWN = Map.ofEntries(
  Map.entry("NOTIFY", NOTIFY),
  Map.entry("OVERWRITE", OVERWRITE),
  Map.entry("DISABLE", DISABLE),
  Map.entry("DISABLED", DISABLE));

  private static final List<RestPolicy> VALUES = List.of(NOTIFY, OVERWRITE, DISABLE);

  private RestPolicy(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else an unknown value with this exact text; null for null. Accepted other spellings (DISABLED) map to the constant they mean.
   */
  public static RestPolicy of(String value) {
    if (value == null) {
      return null;
    }
    RestPolicy known = KNOWN.get(value);
    return known != null ? known : new RestPolicy(value, false);
  }

  /**
   * Every documented value, in the documentation's order.
   */
  public static List<RestPolicy> knownValues() {
    return VALUES;
  }
}
