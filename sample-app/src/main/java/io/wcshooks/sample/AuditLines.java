package io.wcshooks.sample;

import java.io.OutputStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * The {@code wcs.audit} logger's output when the sample runs without a logging configuration: each
 * audit line as it is (it carries its own time), one per line, on standard output; the rest of the
 * log stays on standard error. Unlike JUL's console handler it neither formats a timestamp with
 * {@code String.format} nor flushes for every record: {@link AuditLog}'s writer flushes after each
 * batch. Measured on 2 cores under load, the formatting alone was 13% of the sample's CPU samples.
 */
final class AuditLines extends StreamHandler {
  /** JUL holds loggers weakly: this keeps the configured one (and its handler) alive. */
  private static volatile Logger configured;

  private AuditLines(OutputStream out) {
    super(out, new Formatter() {
      @Override
      public String format(LogRecord record) {
        return record.getMessage() + System.lineSeparator();
      }
    });
  }

  /**
   * Gives {@code wcs.audit} this handler on standard output, unless the logger already has a handler
   * or logging is configured from a file or class (then the configuration decides).
   */
  static void toStandardOutput() {
    if (System.getProperty("java.util.logging.config.file") != null
        || System.getProperty("java.util.logging.config.class") != null) {
      return;
    }
    Logger audit = Logger.getLogger(AuditLog.LOGGER);
    synchronized (AuditLines.class) {
      if (audit.getHandlers().length == 0) {
        audit.addHandler(new AuditLines(System.out));
        audit.setUseParentHandlers(false);
      }
      configured = audit;
    }
  }

  /** Writes out what the audit logger's handlers hold (they may buffer). */
  static void flushAll() {
    for (Handler handler : Logger.getLogger(AuditLog.LOGGER).getHandlers()) {
      handler.flush();
    }
  }
}
