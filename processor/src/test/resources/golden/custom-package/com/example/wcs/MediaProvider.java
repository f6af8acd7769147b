package com.example.wcs;

import io.wcshooks.api.OpenEnum;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Values of {@code MediaProvider} that the WCS documentation lists. Open:
 * {@link #of(String)} returns a constant for a documented value, and a new, unknown instance
 * carrying the exact text for any other.
 *
 * <p>Used by {@link Connect#mediaProviders()}.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class MediaProvider extends OpenEnum {
  /**
   * {@code WebRTC}, as the methods table lists it.
   */
  public static final MediaProvider WEB_RTC = new MediaProvider("WebRTC", true);

  /**
   * {@code Flash}, as the methods table lists it.
   */
  public static final MediaProvider FLASH = new MediaProvider("Flash", true);

  /**
   * {@code MSE}: not in the methods table, but reported by the vendor's wider documentation.
   */
  public static final MediaProvider MSE = new MediaProvider("MSE", true);

  private static final Map<String, MediaProvider> byValue = Map.ofEntries(
      Map.entry("WebRTC", WEB_RTC),
      Map.entry("Flash", FLASH),
      Map.entry("MSE", MSE));

  private static final List<MediaProvider> documented = List.of(WEB_RTC, FLASH, MSE);

  private MediaProvider(String value, boolean known) {
    super(value, known);
  }

  /**
   * The value for a text: a documented one is always the same constant.
   *
   * @param value the exact text, as WCS sends it
   * @return the constant for a documented value, else an unknown value with this exact text;
   *     null for null
   */
  public static MediaProvider of(String value) {
    if (value == null) {
      return null;
    }
    MediaProvider known = byValue.get(value);
    return known != null ? known : new MediaProvider(value, false);
  }

  /**
   * Every documented value, in the documentation's order.
   *
   * @return the constants, in an unmodifiable list
   */
  public static List<MediaProvider> knownValues() {
    return documented;
  }
}
