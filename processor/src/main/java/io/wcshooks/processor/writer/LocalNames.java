package io.wcshooks.processor.writer;

import io.wcshooks.processor.model.GenerationModel;
import io.wcshooks.processor.model.Names;
import java.util.List;
import java.util.Set;

/**
 * Names for generated parameters and locals that cannot hide a class or package the generated
 * code refers to (see {@link Names#obscuringNames}): the usual name, or a numbered one where a
 * user's class or package happens to have it.
 */
final class LocalNames {
  private final Set<String> taken;

  private LocalNames(Set<String> taken) {
    this.taken = taken;
  }

  /** For code that refers to the users' handler classes. */
  static LocalNames of(GenerationModel model) {
    return new LocalNames(model.obscuringNames());
  }

  /** For code that refers only to generated and library classes. */
  static LocalNames of(String packageName) {
    return new LocalNames(Names.obscuringNames(packageName, List.of()));
  }

  String name(String base) {
    return Names.unique(base, taken);
  }
}
