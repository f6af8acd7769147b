package io.wcshooks.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAheadBudgetTest {
  @Test
  void roomIsTakenWhileAnyIsLeftAndGivenBack() {
    ReadAheadBudget budget = new ReadAheadBudget(100);

    assertTrue(budget.take(60));
    assertTrue(budget.take(60), "40 left: a body larger than what is left is not kept waiting for ever");
    assertEquals(-20, budget.left());
    assertFalse(budget.take(1));
    assertTrue(budget.take(0), "nothing is always there");

    budget.give(60);
    assertEquals(40, budget.left());
    budget.give(60);
    assertEquals(100, budget.left());
  }

  @Test
  void thoseWaitingGetRoomInTheOrderTheyAskedOnceItIsGivenBack() {
    ReadAheadBudget budget = new ReadAheadBudget(100);
    assertTrue(budget.take(100));
    List<String> ran = new ArrayList<>();

    budget.whenRoom(30, () -> ran.add("first"));
    budget.whenRoom(50, () -> ran.add("second"));
    budget.whenRoom(10, () -> ran.add("third"));
    assertEquals(List.of(), ran);

    budget.give(40);
    // 40 left: the first takes 30, the second its 50 (10 were left), the third waits.
    assertEquals(List.of("first", "second"), ran);
    assertEquals(-40, budget.left());

    budget.give(50);
    assertEquals(List.of("first", "second", "third"), ran);
    assertEquals(0, budget.left());
  }

  @Test
  void oneWhoAsksWhileRoomIsLeftGetsItAtOnce() {
    ReadAheadBudget budget = new ReadAheadBudget(100);
    List<String> ran = new ArrayList<>();

    budget.whenRoom(30, () -> ran.add("at once"));

    assertEquals(List.of("at once"), ran);
    assertEquals(70, budget.left());
  }

  @Test
  void aBudgetMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new ReadAheadBudget(0));
  }
}
