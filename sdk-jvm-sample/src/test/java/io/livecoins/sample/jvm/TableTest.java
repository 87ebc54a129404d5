package io.livecoins.sample.jvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void alignsTextLeftAndNumbersRightWithoutTrailingSpaces() {
    Table table = new Table().left("Gift").right("Coins").left("Note")
        .row("rose", 1, "")
        .row("galaxy", 1000, "big");

    assertThat(table.render()).containsExactly(
        "Gift    Coins  Note",
        "------  -----  ----",
        "rose        1",
        "galaxy   1000  big");
  }

  @Test
  void rejectsARowWithTheWrongNumberOfCells() {
    assertThatThrownBy(() -> new Table().left("A").row("x", "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 cells for 1 columns");
  }
}
