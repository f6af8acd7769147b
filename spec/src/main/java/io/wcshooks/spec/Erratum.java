package io.wcshooks.spec;

import java.util.List;
import java.util.Objects;

/**
 * A place where the source documents disagree or are wrong, and what the spec decided.
 *
 * @param id a stable identifier
 * @param kind which difference it excuses: renamedParameter, russianDiffers, addedMethod, classification,
 *     omittedContext (a method that does not list every context parameter), note
 * @param affects what it touches: {@code Method} or {@code Method.param}
 * @param sources the documents involved ("000".."004", "facts")
 * @param text the source text in question
 * @param decision what the spec does
 * @param why the reason
 */
public record Erratum(
    String id, String kind, List<String> affects, List<String> sources, String text, String decision, String why) {

  public Erratum {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    affects = List.copyOf(affects);
    sources = List.copyOf(sources);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(why, "why");
  }

  public boolean affects(String target) {
    return affects.contains(target);
  }
}
