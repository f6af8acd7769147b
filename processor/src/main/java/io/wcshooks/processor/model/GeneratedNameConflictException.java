package io.wcshooks.processor.model;

import java.util.List;

/**
 * A spec that is valid on its own but whose generated code could not compile: two of its entries
 * would become the same class, method or constant. Each problem names both entries.
 */
public final class GeneratedNameConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  GeneratedNameConflictException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each conflict, naming the two spec entries and the Java name they share. */
  public List<String> problems() {
    return problems;
  }
}
