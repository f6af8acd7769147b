package io.wcshooks.hooks;

import io.wcshooks.api.OpenEnum;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Values of {@code StreamStatus} that the WCS documentation lists. Open: {@link #of(String)}
 * returns a constant for a documented value, and a new, unknown instance carrying the exact
 * text for any other.
 *
 * <p>Used by {@link Connect#status()}, {@link StreamStatusEvent#status()},
 * {@link StreamKeepAliveEvent#status()}.
 */
@Generated(
    value = "io.wcshooks.processor.WcsHookProcessor",
    comments = "WCS hooks spec 0.1.0"
)
public final class StreamStatus extends OpenEnum {
  /**
   * {@code PUBLISHING}, as the methods table lists it.
   */
  public static final StreamStatus PUBLISHING = new StreamStatus("PUBLISHING", true);

  /**
   * {@code PLAYING}, as the methods table lists it.
   */
  public static final StreamStatus PLAYING = new StreamStatus("PLAYING", true);

  /**
   * {@code FAILED}: not in the methods table, but reported by the vendor's wider documentation.
   */
  public static final StreamStatus FAILED = new StreamStatus("FAILED", true);

  private static final Map<String, StreamStatus> byValue = Map.ofEntries(
      Map.entry("PUBLISHING", PUBLISHING),
      Map.entry("PLAYING", PLAYING),
      Map.entry("FAILED", FAILED));

  private static final List<StreamStatus> documented = List.of(PUBLISHING, PLAYING, FAILED);

  private StreamStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The value for a text: a documented one is always the same constant.
   *
   * @param value the exact text, as WCS sends it
   * @return the constant for a documented value, else an unknown value with this exact text;
   *     null for null
   */
  public static StreamStatus of(String value) {
    if (value == null) {
      return null;
    }
    StreamStatus known = byValue.get(value);
    return known != null ? known : new StreamStatus(value, false);
  }

  /**
   * Every documented value, in the documentation's order.
   *
   * @return the constants, in an unmodifiable list
   */
  public static List<StreamStatus> knownValues() {
    return documented;
  }
}
