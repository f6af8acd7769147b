package io.wcshooks.runtime.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleTest {
  @Test
  void theFirstLineIsWrittenAtOnceAndTheNextCountsTheOnesHeldBack() throws InterruptedException {
    Throttle throttle = new Throttle(Duration.ofMillis(300));
    List<Long> lines = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      throttle.offer(lines::add);
    }
    assertEquals(List.of(0L), lines);

    Thread.sleep(400);
    throttle.offer(lines::add);
    assertEquals(List.of(0L, 4L), lines);
  }
}
