package io.wcshooks.spec.seeds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads seed 000, the English methods table, into its rows in order. A row is either
 * {@code name | description |} on one line, {@code name | |} for a grey row, or {@code name |},
 * the description on the following lines, and a line {@code |} that closes it.
 */
final class EnglishTable {

  private static final Pattern ROW = Pattern.compile("([^|]+?) \\|(.*)");

  private EnglishTable() {}

  static List<TableRow> rows(Path file) {
    List<String> lines = Seeds.lines(file);
    List<TableRow> rows = new ArrayList<>();
    String openName = null;
    int openLine = 0;
    List<String> open = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (openName != null) {
        if (line.strip().equals("|")) {
          rows.add(new TableRow(openName, String.join("\n", open).strip(), openLine));
          openName = null;
          open.clear();
        } else {
          open.add(line);
        }
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        // The prose above the table has no cells; inside the table every line must be a row.
        if (rows.isEmpty() || line.isBlank()) {
          continue;
        }
        throw new IllegalStateException(file + " line " + number + ": not a table row: " + line);
      }
      String name = row.group(1).strip();
      String rest = row.group(2);
      if (rest.isEmpty()) {
        openName = name;
        openLine = number;
      } else if (rest.endsWith("|")) {
        rows.add(new TableRow(name, rest.substring(0, rest.length() - 1).strip(), number));
      } else {
        throw new IllegalStateException(file + " line " + number + ": row not closed by '|': " + line);
      }
    }
    if (openName != null) {
      throw new IllegalStateException(file + " line " + openLine + ": row " + openName + " is never closed by '|'");
    }
    return rows;
  }
}
