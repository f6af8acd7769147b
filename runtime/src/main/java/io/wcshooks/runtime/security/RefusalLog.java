package io.wcshooks.runtime.security;

import io.wcshooks.runtime.logging.LogText;
import io.wcshooks.runtime.logging.Throttle;
import java.time.Duration;

/**
 * Warns about refused hook calls, at most once a {@link #INTERVAL_SECONDS} seconds with a count of
 * the refusals in between: a wrong secret shows at once, a flood of forged calls costs one line a
 * minute. The count of a burst that stops is written by itself at the end of its minute.
 */
final class RefusalLog {
  static final String LOGGER = "io.wcshooks.security";
  static final long INTERVAL_SECONDS = 60;

  private static final System.Logger LOG = System.getLogger(LOGGER);

  private final Throttle throttle = new Throttle(Duration.ofSeconds(INTERVAL_SECONDS), others -> LOG.log(
      System.Logger.Level.WARNING, () -> others + " other refusals of hook calls since the last warning"));

  void refused(String hook, int status, String reason, String hint) {
    throttle.offer(others -> LOG.log(System.Logger.Level.WARNING, () -> "refused a call to hook " + LogText.safe(hook)
        + " with " + status + ": " + reason + "; " + hint
        + (others == 0 ? "" : " (" + others + " other refusals since the last warning)")));
  }

  /** Writes the count of refusals held back now (the application stops: nothing may come to carry it). */
  void flush() {
    throttle.flush();
  }
}
