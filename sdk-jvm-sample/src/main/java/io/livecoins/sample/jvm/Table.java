package io.livecoins.sample.jvm;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny text table: columns left- or right-aligned (numbers and money right), a header and a rule.
 *
 * <pre>{@code
 * new Table().left("Package").right("Coins").row("coins-70", "70")
 * }</pre>
 */
final class Table {
  private final List<String> headers = new ArrayList<>();
  private final List<Boolean> rightAligned = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();

  Table left(String header) {
    return column(header, false);
  }

  Table right(String header) {
    return column(header, true);
  }

  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
    }
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) row[i] = String.valueOf(cells[i]);
    rows.add(row);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The header, a rule, then the rows; no trailing spaces. */
  List<String> render() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) widths[i] = headers.get(i).length();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
    }
    List<String> lines = new ArrayList<>();
    lines.add(format(headers.toArray(new String[0]), widths));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    lines.add(rule.toString());
    for (String[] row : rows) lines.add(format(row, widths));
    return lines;
  }

  private Table column(String header, boolean right) {
    headers.add(header);
    rightAligned.add(right);
    return this;
  }

  private String format(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) line.append("  ");
      String pad = " ".repeat(widths[i] - cells[i].length());
      line.append(rightAligned.get(i) ? pad + cells[i] : cells[i] + pad);
    }
    return line.toString().stripTrailing();
  }
}
