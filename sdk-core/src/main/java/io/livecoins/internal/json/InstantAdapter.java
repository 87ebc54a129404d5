package io.livecoins.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * RFC 3339 date-times ({@code 2026-11-25T10:00:00Z}, any offset) to and from {@link Instant}.
 *
 * <p>What {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} accepts, and nothing else. The form every
 * server sends ({@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1–9 digits, then {@code Z} or
 * {@code ±HH:MM}) is read by hand, without the formatter's per-call parse context, maps and
 * resolution (which cost more than the rest of decoding a send receipt); any other text, valid or
 * not, goes to the formatter, so the two paths cannot disagree. A plain {@link JsonAdapter} rather
 * than {@code @FromJson} methods: Moshi calls those by reflection.
 */
final class InstantAdapter extends JsonAdapter<Instant> {
  @Override
  public @Nullable Instant fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) return reader.nextNull();
    String text = reader.nextString();
    Instant fast = parseCommon(text);
    if (fast != null) return fast;
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw new JsonDataException("not an RFC 3339 date-time at " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Instant instant) throws IOException {
    if (instant == null) {
      writer.nullValue();
    } else {
      writer.value(instant.toString());
    }
  }

  /**
   * {@code text} as an instant if it has the common form {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}
   * with valid fields; null for anything else (the caller then asks the formatter, which decides).
   */
  static @Nullable Instant parseCommon(String text) {
    int length = text.length();
    if (length < 20
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return null;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
    int i = 19;
    int nanos = 0;
    if (text.charAt(i) == '.') {
      int start = ++i;
      while (i < length && i - start < 9) {
        int d = text.charAt(i) - '0';
        if (d < 0 || d > 9) break;
        nanos = nanos * 10 + d;
        i++;
      }
      int count = i - start;
      if (count == 0) return null;
      for (int k = count; k < 9; k++) nanos *= 10;
    }
    if (i >= length) return null;
    int offsetSeconds;
    char sign = text.charAt(i);
    if (sign == 'Z') {
      if (i + 1 != length) return null;
      offsetSeconds = 0;
    } else if (sign == '+' || sign == '-') {
      if (i + 6 != length || text.charAt(i + 3) != ':') return null;
      int offsetHours = digits(text, i + 1, i + 3);
      int offsetMinutes = digits(text, i + 4, i + 6);
      if (offsetHours < 0 || offsetHours > 17 || offsetMinutes < 0 || offsetMinutes > 59) return null;
      offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
    } else {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay(); // rejects 2026-02-30 and the like
    } catch (DateTimeException e) {
      return null; // the formatter reports it
    }
    long seconds = epochDay * 86_400L + hour * 3_600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** The decimal value of {@code text[from, to)}, or -1 if a character there is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      int d = text.charAt(i) - '0';
      if (d < 0 || d > 9) return -1;
      value = value * 10 + d;
    }
    return value;
  }
}
