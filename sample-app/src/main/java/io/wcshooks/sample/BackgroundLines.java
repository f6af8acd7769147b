package io.wcshooks.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands lines to a sink on one background thread, so that a hook handler never waits for the log:
 * WCS waits for the handler, and a logger's lock shared by every handler thread made hook answers
 * wait tens of milliseconds under load (measured: JUL's ConsoleHandler, 64 handler threads). When
 * the queue is full, the caller writes the line itself rather than lose it. Lines still queued when
 * the JVM stops are written by a shutdown hook.
 */
final class BackgroundLines implements Consumer<String> {
  static final int CAPACITY = 65_536;

  private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Consumer<String> sink;
  private final Runnable afterBatch;

  /**
   * @param afterBatch run after each batch of lines, e.g. to flush a buffered sink once per batch
   *     rather than once per line
   */
  BackgroundLines(Consumer<String> sink, Runnable afterBatch, String name) {
    this.sink = sink;
    this.afterBatch = afterBatch;
    Thread writer = new Thread(this::writeForever, name);
    writer.setDaemon(true);
    writer.start();
    Runtime.getRuntime().addShutdownHook(new Thread(this::drain, name + "-drain"));
  }

  @Override
  public void accept(String line) {
    if (!queue.offer(line)) {
      sink.accept(line);
      afterBatch.run();
    }
  }

  private void writeForever() {
    List<String> batch = new ArrayList<>();
    try {
      while (true) {
        batch.add(queue.take());
        queue.drainTo(batch, 1024);
        batch.forEach(sink);
        afterBatch.run();
        batch.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain() {
    List<String> rest = new ArrayList<>();
    queue.drainTo(rest);
    rest.forEach(sink);
    afterBatch.run();
  }
}
