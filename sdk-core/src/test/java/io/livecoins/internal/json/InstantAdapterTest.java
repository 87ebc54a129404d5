package io.livecoins.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class InstantAdapterTest {
  /** What the formatter (the reference) makes of {@code text}, or null if it refuses it. */
  private static @Nullable Instant reference(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  @Test
  void theCommonFormIsReadByHandExactlyAsTheFormatterReadsIt() {
    String[] common = {
      "2026-11-25T10:00:00Z",
      "2026-11-25T10:00:00.5Z",
      "2026-11-25T10:00:00.123456789Z",
      "2026-11-25T11:00:00+01:00",
      "2026-11-25T04:30:00-05:30",
      "2026-11-25T10:00:00-00:00",
      "2024-02-29T23:59:59.999Z",
      "0000-01-01T00:00:00Z",
      "9999-12-31T23:59:59+17:59",
      "1970-01-01T00:00:00Z",
    };
    for (String text : common) {
      assertThat(InstantAdapter.parseCommon(text)).as(text).isNotNull().isEqualTo(reference(text));
    }
  }

  @Test
  void everyOtherTextIsLeftToTheFormatter() {
    String[] others = {
      "2026-11-25T10:00Z", // no seconds: valid, the formatter's to read
      "2026-11-25t10:00:00z", // lower case: valid, the formatter's to read
      "2026-11-25T10:00:00+18:00",
      "2026-11-25T10:00:00+01",
      "+12026-11-25T10:00:00Z",
      "2026-02-30T10:00:00Z",
      "2025-02-29T10:00:00Z",
      "2026-11-25T24:00:00Z",
      "2026-11-25T23:59:60Z",
      "2026-13-25T10:00:00Z",
      "2026-11-25T10:00:00.Z",
      "2026-11-25T10:00:00.1234567890Z",
      "2026-11-25T10:00:00",
      "2026-11-25T10:00:00ZZ",
      "2026-11-25 10:00:00Z",
      "２０２６-11-25T10:00:00Z",
      "yesterday",
    };
    for (String text : others) {
      assertThat(InstantAdapter.parseCommon(text)).as(text).isNull();
    }
  }

  @Test
  void neverDisagreesWithTheFormatterOnMutatedDates() {
    Random random = new Random(20261201);
    String alphabet = "0123456789-+:.TZtz ";
    List<String> seeds = new ArrayList<>(List.of(
        "2026-11-25T10:00:00Z", "2026-11-25T10:00:00.123+01:00", "2024-02-29T23:59:59-08:00"));
    int readByHand = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(text.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0: text.setCharAt(at, c); break;
          case 1: text.insert(at, c); break;
          default: text.deleteCharAt(at); break;
        }
      }
      String candidate = text.toString();
      Instant fast = InstantAdapter.parseCommon(candidate);
      if (fast != null) {
        readByHand++;
        assertThat(fast).as(candidate).isEqualTo(reference(candidate));
      }
    }
    assertThat(readByHand).isGreaterThan(1_000); // the property was exercised, not vacuous
  }

  @Test
  void decodingGoesThroughTheSameRulesAndNullStaysNull() throws Exception {
    JsonCodec json = new JsonCodec();
    assertThat(json.decode("{\"at\":\"2026-11-25T10:00Z\"}".getBytes(), JsonCodecTest.Sample.class).at)
        .isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    assertThat(json.decode("{\"at\":null}".getBytes(), JsonCodecTest.Sample.class).at).isNull();
  }
}
