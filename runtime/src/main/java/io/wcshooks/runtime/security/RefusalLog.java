package io.wcshooks.runtime.security;

import io.wcshooks.runtime.logging.LogText;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Warns about refused hook calls, at most once a {@link #INTERVAL_SECONDS} seconds with a count of
 * the refusals in between: a wrong secret shows at once, a flood of forged calls costs one line a
 * minute.
 */
final class RefusalLog {
  static final String LOGGER = "io.wcshooks.security";
  static final long INTERVAL_SECONDS = 60;

  private static final System.Logger LOG = System.getLogger(LOGGER);
  private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(INTERVAL_SECONDS);

  private final AtomicLong nextWarning = new AtomicLong(System.nanoTime());
  private final AtomicLong unlogged = new AtomicLong();

  void refused(String hook, int status, String reason, String hint) {
    long now = System.nanoTime();
    long due = nextWarning.get();
    if (now - due >= 0 && nextWarning.compareAndSet(due, now + INTERVAL_NANOS)) {
      long others = unlogged.getAndSet(0);
      LOG.log(System.Logger.Level.WARNING, () -> "refused a call to hook " + LogText.safe(hook) + " with " + status
          + ": " + reason + "; " + hint
          + (others == 0 ? "" : " (" + others + " other refusals since the last warning)"));
    } else {
      unlogged.incrementAndGet();
    }
  }
}
