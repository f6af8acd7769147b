package io.wcshooks.spec;

import java.util.List;

/** A spec that cannot be read or is invalid. The message names every problem with its location. */
public final class SpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  SpecException(String source, List<String> problems) {
    super(source + " is not a valid WCS hooks spec:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  SpecException(String source, String problem, Throwable cause) {
    super(source + " is not a valid WCS hooks spec:\n  " + problem, cause);
    this.problems = List.of(problem);
  }

  /** Each problem, as {@code line N, $.path: message}. */
  public List<String> problems() {
    return problems;
  }
}
