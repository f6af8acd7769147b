package com.example.wcs;

import io.wcshooks.api.OpenEnum;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Values of {@code MediaProvider} the WCS documentation lists. Open: {@link #of(String)} returns a constant for a
 * documented value and a new, unknown instance carrying the exact text for any other.
 *
 * <p>Used by {@code connect.mediaProviders}.
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

  private static final Map<String, MediaProvider> KNOWN = Map.ofEntries(
  Map.entry("WebRTC", WEB_RTC),
  Map.entry("Flash", FLASH),
  Map.entry("MSE", MSE));

  private static final List<MediaProvider> VALUES = List.of(WEB_RTC, FLASH, MSE);

  private MediaProvider(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else an unknown value with this exact text; null for null.
   */
  public static MediaProvider of(String value) {
    if (value == null) {
      return null;
    }
    MediaProvider known = KNOWN.get(value);
    return known != null ? known : new MediaProvider(value, false);
  }

  /**
   * Every documented value, in the documentation's order.
   */
  public static List<MediaProvider> knownValues() {
    return VALUES;
  }
}
