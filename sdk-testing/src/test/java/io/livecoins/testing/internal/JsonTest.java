package io.livecoins.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mock's JSON tree reader: integral numbers as Long (the fast path and the BigDecimal one agree). */
class JsonTest {

  @Test
  void integralNumbersAreLongsWhateverTheirSpellingAndTheRestBigDecimals() {
    Object parsed = Json.parse("[1, -2, 0, -0, 123456789012345678, 1234567890123456789, -9223372036854775808,"
        + " 9223372036854775808, 1.0, 1e2, 1.5, -0.25]");
    assertThat(parsed).isEqualTo(List.of(1L, -2L, 0L, 0L, 123456789012345678L, 1234567890123456789L,
        Long.MIN_VALUE, new BigDecimal("9223372036854775808"), 1L, 100L, new BigDecimal("1.5"),
        new BigDecimal("-0.25")));
  }

  @Test
  void aMalformedNumberOrTrailingDataIsRefused() {
    assertThatThrownBy(() -> Json.parse("[-]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("malformed JSON");
    assertThatThrownBy(() -> Json.parse("[1] 2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("malformed JSON");
  }

  @Test
  void aSharedParseIsReadOnceAndGivesTheSameCanonicalFormAndFailureAsParsingAgain() {
    for (String text : List.of("{\"b\":1,\"a\":[true,null,\"x\"]}", "[1, 2.5]", "\"s\"", "", "{", "{\"a\":1} 2")) {
      Json.Parsed parsed = Json.Parsed.of(text);

      assertThat(Json.canonical(parsed)).isEqualTo(Json.canonical(text));
      Object first;
      try {
        first = parsed.value();
      } catch (IllegalArgumentException e) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage(e.getMessage());
        assertThatThrownBy(parsed::value).isSameAs(e);
        continue;
      }
      assertThat(first).isEqualTo(Json.parse(text));
      assertThat(parsed.value()).isSameAs(first);
    }
  }
}
