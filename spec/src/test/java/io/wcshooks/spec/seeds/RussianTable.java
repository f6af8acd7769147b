package io.wcshooks.spec.seeds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads seed 001, the Russian methods table, into its rows in order. A row is
 * {@code name<TAB>description}; a line starting with a tab continues the previous row's
 * description. Names may be wrapped in {@code <code></code>}; descriptions keep their markup.
 */
final class RussianTable {

  private static final Pattern CODE_NAME = Pattern.compile("<code>(.*)</code>");

  private RussianTable() {}

  static List<TableRow> rows(Path file) {
    List<String> lines = Seeds.lines(file);
    List<TableRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("\t")) {
        if (rows.isEmpty()) {
          throw new IllegalStateException(file + " line " + number + ": continuation before the first row");
        }
        // The page broke these lines where the cell wrapped, mid-word ("получающ" / "им"):
        // the continuation joins without a space.
        TableRow last = rows.remove(rows.size() - 1);
        rows.add(new TableRow(last.name(), last.description() + line.substring(1), last.line()));
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        // The prose above the table has no cells; inside the table every line must be a row.
        if (rows.isEmpty()) {
          continue;
        }
        throw new IllegalStateException(file + " line " + number + ": not a table row: " + line);
      }
      rows.add(new TableRow(name(line.substring(0, tab)), line.substring(tab + 1).strip(), number));
    }
    return rows;
  }

  private static String name(String cell) {
    String name = cell.strip();
    Matcher code = CODE_NAME.matcher(name);
    return code.matches() ? code.group(1).strip() : name;
  }
}
