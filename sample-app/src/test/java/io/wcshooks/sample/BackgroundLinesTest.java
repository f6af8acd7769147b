package io.wcshooks.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The audit writer of a WAR must stop with it, losing no line. */
class BackgroundLinesTest {
  @Test
  void closeWritesWhatIsQueuedStopsItsThreadAndLaterLinesAreWrittenAtOnce() {
    List<String> written = Collections.synchronizedList(new ArrayList<>());
    BackgroundLines lines = new BackgroundLines(line -> {
      try {
        Thread.sleep(1); // a slow sink: lines are still queued when close() comes
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      written.add(line);
    }, () -> { }, "test-audit");
    List<String> sent = IntStream.range(0, 200).mapToObj(i -> "line " + i).toList();
    sent.forEach(lines);

    lines.close();

    assertEquals(sent, written);
    assertFalse(Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().equals("test-audit") && thread.isAlive()), "the writer thread ended");
    lines.accept("after");
    assertEquals("after", written.get(written.size() - 1));
  }

  /** Two copies of the WAR in one container each have a writer: named after the context path, they can be told apart. */
  @Test
  void theWriterIsNamedAfterWhereItIsDeployed() {
    BackgroundLines lines = new BackgroundLines(line -> { }, () -> { }, "test-audit-placed");
    try {
      lines.deployedAt("/wcs-hooks-sample");
      assertTrue(Thread.getAllStackTraces().keySet().stream()
          .anyMatch(thread -> thread.getName().equals("test-audit-placed@/wcs-hooks-sample") && thread.isAlive()));
    } finally {
      lines.close();
    }
  }
}
