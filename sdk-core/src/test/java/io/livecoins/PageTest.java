package io.livecoins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PageTest {
  @Test
  void aPageWithACursorHasMore() {
    Page<String> page = new Page<>(Arrays.asList("a", "b"), "c2");
    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.nextCursor()).isEqualTo("c2");
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void theLastPageHasANullCursor() {
    Page<String> page = new Page<>(Collections.emptyList(), null);
    assertThat(page.items()).isEmpty();
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void itemsAreAnUnmodifiableCopy() {
    List<String> source = new ArrayList<>(Arrays.asList("a"));
    Page<String> page = new Page<>(source, null);
    source.add("b");
    assertThat(page.items()).containsExactly("a");
    assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullItemsAndBlankCursorsAreRejected() {
    assertThatThrownBy(() -> new Page<>(null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Page<>(Arrays.asList("a", null), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Page<>(Arrays.asList("a"), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityIsByValue() {
    assertThat(new Page<>(Arrays.asList("a"), "c"))
        .isEqualTo(new Page<>(Arrays.asList("a"), "c"))
        .hasSameHashCodeAs(new Page<>(Arrays.asList("a"), "c"))
        .isNotEqualTo(new Page<>(Arrays.asList("a"), null));
    assertThat(new Page<>(Arrays.asList("a"), "c").toString()).contains("[a]", "nextCursor=c");
  }
}
