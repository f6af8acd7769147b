package io.wcshooks.runtime.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures what a {@code java.util.logging} logger publishes (where {@code System.Logger} goes
 * without another backend), optionally at a level set for the capture; restores the logger on
 * close.
 */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final Level previousLevel;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private LogCapture(String name, Level level) {
    logger = Logger.getLogger(name);
    previousLevel = logger.getLevel();
    handler.setLevel(Level.ALL);
    logger.addHandler(handler);
    if (level != null) {
      logger.setLevel(level);
    }
  }

  /** Captures at the logger's own level, as an operator who configured nothing has it. */
  public static LogCapture asConfigured(String logger) {
    return new LogCapture(logger, null);
  }

  /** Captures with the logger set to a level. */
  public static LogCapture at(String logger, Level level) {
    return new LogCapture(logger, level);
  }

  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** The formatted messages. */
  public List<String> messages() {
    SimpleFormatter formatter = new SimpleFormatter();
    return records.stream().map(formatter::formatMessage).toList();
  }

  public void clear() {
    records.clear();
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
  }
}
