package io.wcshooks.hooks;

import io.wcshooks.api.OpenEnum;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Values of {@code RtmpStreamStatus} that the WCS documentation lists. Open:
 * {@link #of(String)} returns a constant for a documented value, and a new, unknown instance
 * carrying the exact text for any other.
 *
 * <p>Used by {@link WcsCall#rtmpStreamStatus()}.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class RtmpStreamStatus extends OpenEnum {
  /**
   * {@code RTMP_STREAM_WAIT}, as the REST API documentation lists it.
   */
  public static final RtmpStreamStatus RTMP_STREAM_WAIT = new RtmpStreamStatus("RTMP_STREAM_WAIT", true);

  /**
   * {@code RTMP_STREAM_ACTIVE}, as the REST API documentation lists it.
   */
  public static final RtmpStreamStatus RTMP_STREAM_ACTIVE = new RtmpStreamStatus("RTMP_STREAM_ACTIVE", true);

  private static final Map<String, RtmpStreamStatus> byValue = Map.ofEntries(
      Map.entry("RTMP_STREAM_WAIT", RTMP_STREAM_WAIT),
      Map.entry("RTMP_STREAM_ACTIVE", RTMP_STREAM_ACTIVE));

  private static final List<RtmpStreamStatus> documented = List.of(RTMP_STREAM_WAIT, RTMP_STREAM_ACTIVE);

  private RtmpStreamStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The value for a text: a documented one is always the same constant.
   *
   * @param value the exact text, as WCS sends it
   * @return the constant for a documented value, else an unknown value with this exact text;
   *     null for null
   */
  public static RtmpStreamStatus of(String value) {
    if (value == null) {
      return null;
    }
    RtmpStreamStatus known = byValue.get(value);
    return known != null ? known : new RtmpStreamStatus(value, false);
  }

  /**
   * Every documented value, in the documentation's order.
   *
   * @return the constants, in an unmodifiable list
   */
  public static List<RtmpStreamStatus> knownValues() {
    return documented;
  }
}
