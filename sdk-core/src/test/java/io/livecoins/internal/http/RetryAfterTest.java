package io.livecoins.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void secondsOfAnySizeAreAWait() {
    assertThat(RetryAfter.parse("0", NOW)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse(" 7 ", NOW)).isEqualTo(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse("172800", NOW)).isEqualTo(Duration.ofDays(2));
    assertThat(RetryAfter.parse("99999999999999999999999", NOW))
        .isEqualTo(Duration.ofSeconds(RetryAfter.MAX_SECONDS));
  }

  @Test
  void anHttpDateIsTheTimeLeftUntilIt() {
    assertThat(RetryAfter.parse("Tue, 01 Dec 2026 10:00:45 GMT", NOW)).isEqualTo(Duration.ofSeconds(45));
    assertThat(RetryAfter.parse("Wed, 02 Dec 2026 10:00:00 GMT", NOW)).isEqualTo(Duration.ofDays(1));
    assertThat(RetryAfter.parse("Mon, 30 Nov 2026 10:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
  }

  @Test
  void negativeEmptyAndGarbageValuesAreIgnored() {
    assertThat(RetryAfter.parse(null, NOW)).isNull();
    assertThat(RetryAfter.parse("", NOW)).isNull();
    assertThat(RetryAfter.parse("-5", NOW)).isNull();
    assertThat(RetryAfter.parse("+5", NOW)).isNull();
    assertThat(RetryAfter.parse("1.5", NOW)).isNull();
    assertThat(RetryAfter.parse("soon", NOW)).isNull();
    assertThat(RetryAfter.parse("Tue, 99 Dec 2026 10:00:45 GMT", NOW)).isNull();
  }

  @Test
  void detailSecondsAreUsedOnlyWhenNotNegative() {
    assertThat(RetryAfter.ofDetailSeconds(null)).isNull();
    assertThat(RetryAfter.ofDetailSeconds(-1L)).isNull();
    assertThat(RetryAfter.ofDetailSeconds(90_000L)).isEqualTo(Duration.ofSeconds(90_000));
  }
}
