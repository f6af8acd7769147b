package io.wcshooks.hooks;

import io.wcshooks.api.OpenEnum;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Values of {@code StreamStatus} the WCS documentation lists. Open: {@link #of(String)} returns a constant for a
 * documented value and a new, unknown instance carrying the exact text for any other.
 *
 * <p>Used by {@code connect.status}, {@code StreamStatusEvent.status}, {@code StreamKeepAliveEvent.status}.
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

  private static final Map<String, StreamStatus> KNOWN = Map.ofEntries(
  Map.entry("PUBLISHING", PUBLISHING),
  Map.entry("PLAYING", PLAYING),
  Map.entry("FAILED", FAILED));

  private static final List<StreamStatus> VALUES = List.of(PUBLISHING, PLAYING, FAILED);

  private StreamStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else an unknown value with this exact text; null for null.
   */
  public static StreamStatus of(String value) {
    if (value == null) {
      return null;
    }
    StreamStatus known = KNOWN.get(value);
    return known != null ? known : new StreamStatus(value, false);
  }

  /**
   * Every documented value, in the documentation's order.
   */
  public static List<StreamStatus> knownValues() {
    return VALUES;
  }
}
