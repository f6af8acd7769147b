package io.wcshooks.hooks;

import io.wcshooks.api.OpenEnum;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Values of {@code RestPolicy} that the WCS documentation lists. Open: {@link #of(String)}
 * returns a constant for a documented value, and a new, unknown instance carrying the exact
 * text for any other.
 *
 * <p>Used by {@link RestClientConfig.MethodConfig#restPolicy(RestPolicy)}.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class RestPolicy extends OpenEnum {
  /**
   * {@code NOTIFY}, as the restClientConfig documentation lists it.
   */
  public static final RestPolicy NOTIFY = new RestPolicy("NOTIFY", true);

  /**
   * {@code OVERWRITE}, as the restClientConfig documentation lists it.
   */
  public static final RestPolicy OVERWRITE = new RestPolicy("OVERWRITE", true);

  /**
   * {@code DISABLE}, as the restClientConfig documentation lists it.
   */
  public static final RestPolicy DISABLE = new RestPolicy("DISABLE", true);

  private static final Map<String, RestPolicy> byValue = Map.ofEntries(
      Map.entry("NOTIFY", NOTIFY),
      Map.entry("OVERWRITE", OVERWRITE),
      Map.entry("DISABLE", DISABLE),
      Map.entry("DISABLED", DISABLE));

  private static final List<RestPolicy> documented = List.of(NOTIFY, OVERWRITE, DISABLE);

  private RestPolicy(String value, boolean known) {
    super(value, known);
  }

  /**
   * The value for a text: a documented one is always the same constant.
   * Other spellings WCS accepts ({@code DISABLED}) give the constant they mean.
   *
   * @param value the exact text, as WCS sends it
   * @return the constant for a documented value, else an unknown value with this exact text;
   *     null for null
   */
  public static RestPolicy of(String value) {
    if (value == null) {
      return null;
    }
    RestPolicy known = byValue.get(value);
    return known != null ? known : new RestPolicy(value, false);
  }

  /**
   * Every documented value, in the documentation's order.
   *
   * @return the constants, in an unmodifiable list
   */
  public static List<RestPolicy> knownValues() {
    return documented;
  }
}
