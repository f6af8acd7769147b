package io.wcshooks.spec.seeds;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Without the seeds the cross-check fails, with a message that says what to do; it never skips. */
class SeedsLocationTest {

  private String saved;

  @BeforeEach
  void save() {
    saved = System.getProperty(Seeds.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (saved == null) {
      System.clearProperty(Seeds.PROPERTY);
    } else {
      System.setProperty(Seeds.PROPERTY, saved);
    }
  }

  @Test
  void missingDirectoryFails() {
    System.setProperty(Seeds.PROPERTY, "/nonexistent/shared/seeds");
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Seeds.file("000"));
    assertTrue(e.getMessage().contains("seed documents are missing"), e.getMessage());
    assertTrue(e.getMessage().contains("/nonexistent/shared/seeds"), e.getMessage());
  }

  @Test
  void unsetPropertyFails() {
    System.clearProperty(Seeds.PROPERTY);
    AssertionFailedError e = assertThrows(AssertionFailedError.class, Seeds::dir);
    assertTrue(e.getMessage().contains("-D" + Seeds.PROPERTY + "="), e.getMessage());
  }
}
