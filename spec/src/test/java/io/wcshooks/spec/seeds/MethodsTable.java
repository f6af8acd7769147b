package io.wcshooks.spec.seeds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A methods table grouped into methods, each with its parameter rows, plus the "Context
 * Parameters" section.
 *
 * <p>Neither table marks which rows are methods, so grouping takes the method names as an input
 * (the spec's, in the tests). That circularity is harmless: a name the spec lacks is read as a
 * parameter, so a spec that loses a method makes that method's row and its parameters look like
 * extra parameters of the method above it, and the comparison with the spec reports them. Rows
 * above the first known method go to a pseudo-method {@link #BEFORE_FIRST_METHOD}, which no spec
 * has, so they are reported too.
 */
final class MethodsTable {

  static final String CONTEXT_SECTION = "Context Parameters";
  static final String BEFORE_FIRST_METHOD = "(rows before the first method)";

  private final String source;
  private final List<TableMethod> methods;
  private final Optional<TableMethod> context;

  private MethodsTable(String source, List<TableMethod> methods, Optional<TableMethod> context) {
    this.source = source;
    this.methods = List.copyOf(methods);
    this.context = context;
  }

  /** Seed 000. */
  static MethodsTable english(Path file, Set<String> methodNames) {
    return group("000", EnglishTable.rows(file), methodNames);
  }

  /** Seed 001. */
  static MethodsTable russian(Path file, Set<String> methodNames) {
    return group("001", RussianTable.rows(file), methodNames);
  }

  static MethodsTable group(String source, List<TableRow> rows, Set<String> methodNames) {
    List<TableMethod> groups = new ArrayList<>();
    TableRow head = null;
    List<TableRow> parameters = new ArrayList<>();
    for (TableRow row : rows) {
      if (row.name().equals(CONTEXT_SECTION) || methodNames.contains(row.name())) {
        if (head != null || !parameters.isEmpty()) {
          groups.add(close(head, parameters));
        }
        head = row;
        parameters = new ArrayList<>();
      } else {
        parameters.add(row);
      }
    }
    if (head != null || !parameters.isEmpty()) {
      groups.add(close(head, parameters));
    }
    List<TableMethod> methods = groups.stream().filter(g -> !g.name().equals(CONTEXT_SECTION)).toList();
    Optional<TableMethod> context = groups.stream().filter(g -> g.name().equals(CONTEXT_SECTION)).findFirst();
    return new MethodsTable(source, methods, context);
  }

  private static TableMethod close(TableRow head, List<TableRow> parameters) {
    if (head == null) {
      return new TableMethod(BEFORE_FIRST_METHOD, "", parameters.get(0).line(), parameters);
    }
    return new TableMethod(head.name(), head.description(), head.line(), parameters);
  }

  /** The seed number, "000" or "001", for messages. */
  String source() {
    return source;
  }

  /** The methods in the table's order, without the context section. */
  List<TableMethod> methods() {
    return methods;
  }

  Optional<TableMethod> method(String name) {
    return methods.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The "Context Parameters" section, if the table has one. */
  Optional<TableMethod> context() {
    return context;
  }
}
