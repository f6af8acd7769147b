package io.wcshooks.spec.seeds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The restClientConfig table of wcs-facts.md: per method, the fields a connect answer may set.
 *
 * @param fields the table's rows, in its order
 */
record RestClientConfigFacts(List<Field> fields) {

  private static final String SECTION = "## restClientConfig";
  /** The values column of a field that holds field names rather than an enum. */
  static final String FIELD_LIST = "comma-separated field names";

  RestClientConfigFacts {
    fields = List.copyOf(fields);
  }

  /**
   * One row: {@code | restOnError | LOG, FAIL | LOG | meaning |}.
   *
   * @param name the field name
   * @param values {@link #FIELD_LIST}, or the enum's values
   * @param defaultValue the default, with the quotes of {@code ""} removed
   */
  record Field(String name, String values, String defaultValue) {
    List<String> enumValues() {
      return FIELD_LIST.equals(values) ? List.of() : List.of(values.split("\\s*,\\s*"));
    }
  }

  static RestClientConfigFacts read(Path file) {
    List<String> lines = Seeds.lines(file);
    int start = lines.indexOf(SECTION);
    if (start < 0) {
      throw new IllegalStateException(file + ": no section " + SECTION);
    }
    List<Field> fields = new ArrayList<>();
    boolean header = true;
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      String line = lines.get(i).strip();
      if (!line.startsWith("|")) {
        continue;
      }
      String[] cells = line.substring(1).split("\\|");
      if (header || cells[0].strip().startsWith("---")) {
        header = false;
        continue;
      }
      if (cells.length < 4) {
        throw new IllegalStateException(file + " line " + (i + 1) + ": expected 4 cells: " + line);
      }
      fields.add(new Field(cells[0].strip(), cells[1].strip(), unquote(cells[2].strip())));
    }
    if (fields.isEmpty()) {
      throw new IllegalStateException(file + ": the " + SECTION + " section has no table");
    }
    return new RestClientConfigFacts(fields);
  }

  private static String unquote(String cell) {
    return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
  }
}
