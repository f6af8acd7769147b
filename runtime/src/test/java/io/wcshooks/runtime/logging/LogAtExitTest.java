package io.wcshooks.runtime.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LogAtExitTest {
  @Test
  void theLogIsHeldUntilEveryHoldIsReleasedEachOnce() throws Exception {
    LogAtExit.Hold server = LogAtExit.keepOpen();
    LogAtExit.Hold writer = LogAtExit.keepOpen();

    server.close();
    server.close(); // a second release of one hold does not release another

    assertFalse(LogAtExit.awaitReleased(Duration.ZERO));
    writer.close();
    assertTrue(LogAtExit.awaitReleased(Duration.ZERO));
  }
}
