package io.wcshooks.spec.seeds;

import java.util.List;
import java.util.Optional;

/**
 * A method row of a methods table with the parameter rows below it.
 *
 * @param name the method name (or a section name such as "Context Parameters")
 * @param description the method row's description
 * @param line the method row's line
 * @param parameters the parameter rows, in the table's order
 */
record TableMethod(String name, String description, int line, List<TableRow> parameters) {

  TableMethod {
    parameters = List.copyOf(parameters);
  }

  /** The first parameter row with this name. */
  Optional<TableRow> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  List<String> parameterNames() {
    return parameters.stream().map(TableRow::name).toList();
  }
}
