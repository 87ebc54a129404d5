package io.livecoins.internal.json;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.ToJson;
import io.livecoins.Money;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** {@code {"amountMinor": 99, "currency": "USD"}} to and from {@link Money}, strictly. */
final class MoneyAdapter {
  @FromJson
  @Nullable Money fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) return reader.nextNull();
    Long amountMinor = null;
    String currency = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "amountMinor":
          amountMinor = reader.nextLong(); // throws for fractions, overflow and non-numbers
          break;
        case "currency":
          currency = reader.nextString();
          break;
        default:
          reader.skipValue();
      }
    }
    reader.endObject();
    if (amountMinor == null || currency == null) {
      throw new JsonDataException("Money needs amountMinor and currency at " + reader.getPath());
    }
    try {
      return Money.of(amountMinor, currency);
    } catch (IllegalArgumentException e) {
      throw new JsonDataException(e.getMessage() + " at " + reader.getPath(), e);
    }
  }

  @ToJson
  void toJson(JsonWriter writer, @Nullable Money money) throws IOException {
    if (money == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("amountMinor").value(money.amountMinor());
    writer.name("currency").value(money.currency());
    writer.endObject();
  }
}
