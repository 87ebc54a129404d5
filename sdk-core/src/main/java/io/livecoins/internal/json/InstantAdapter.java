package io.livecoins.internal.json;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.ToJson;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** RFC 3339 date-times ({@code 2026-11-25T10:00:00Z}, any offset) to and from {@link Instant}. */
final class InstantAdapter {
  @FromJson
  @Nullable Instant fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) return reader.nextNull();
    String text = reader.nextString();
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw new JsonDataException("not an RFC 3339 date-time at " + reader.getPath(), e);
    }
  }

  @ToJson
  void toJson(JsonWriter writer, @Nullable Instant instant) throws IOException {
    if (instant == null) {
      writer.nullValue();
    } else {
      writer.value(instant.toString());
    }
  }
}
