package io.wcshooks.sample;

import io.wcshooks.runtime.logging.LogAtExit;
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
final class BackgroundLines implements Consumer<String>, AutoCloseable {
  static final int CAPACITY = 65_536;

  private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Consumer<String> sink;
  private final Runnable afterBatch;
  private final Thread writer;
  private final Thread drainAtExit;
  /** Keeps the log open at JVM exit until the lines still queued are written (with ShutdownLogManager). */
  private final LogAtExit.Hold logOpen;
  private volatile boolean closed;

  /**
   * @param afterBatch run after each batch of lines, e.g. to flush a buffered sink once per batch
   *     rather than once per line
   */
  BackgroundLines(Consumer<String> sink, Runnable afterBatch, String name) {
    this.sink = sink;
    this.afterBatch = afterBatch;
    this.writer = new Thread(this::writeForever, name);
    writer.setDaemon(true);
    writer.start();
    this.logOpen = LogAtExit.keepOpen();
    // At exit as at an undeploy: later lines (calls finishing while the server stops) are written by their caller.
    this.drainAtExit = new Thread(this::close, name + "-drain");
    Runtime.getRuntime().addShutdownHook(drainAtExit);
  }

  /**
   * Names the writer after where it runs too ({@code <name>@<place>}): two copies of a WAR in one
   * container each have a writer, and a thread dump should tell them apart.
   */
  void deployedAt(String place) {
    writer.setName(writer.getName() + "@" + place);
    drainAtExit.setName(drainAtExit.getName() + "@" + place);
  }

  @Override
  public void accept(String line) {
    if (closed || !queue.offer(line)) {
      synchronized (this) {
        sink.accept(line);
        afterBatch.run();
      }
    }
  }

  /**
   * Writes the lines still queued, stops the writer thread and withdraws the shutdown hook: what a
   * WAR must do when it is undeployed (a thread or hook left behind keeps its class loader alive).
   * Lines that come later are written by their caller.
   */
  @Override
  public void close() {
    closed = true;
    writer.interrupt();
    try {
      writer.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    drain();
    logOpen.close();
    try {
      Runtime.getRuntime().removeShutdownHook(drainAtExit);
    } catch (IllegalStateException e) {
      // The JVM is stopping: this is the hook, or it runs anyway.
    }
  }

  private void writeForever() {
    List<String> batch = new ArrayList<>();
    try {
      while (!closed) {
        batch.add(queue.take());
        queue.drainTo(batch, 1024);
        write(batch);
        batch.clear();
      }
    } catch (InterruptedException e) {
      // close(): what is queued is drained there
    }
    write(batch);
  }

  private void drain() {
    List<String> rest = new ArrayList<>();
    queue.drainTo(rest);
    write(rest);
  }

  private synchronized void write(List<String> lines) {
    if (!lines.isEmpty()) {
      lines.forEach(sink);
      afterBatch.run();
    }
  }
}
