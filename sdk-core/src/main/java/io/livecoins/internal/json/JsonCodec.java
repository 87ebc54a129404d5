package io.livecoins.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Type;
import okio.Buffer;

/**
 * The SDK's one Moshi instance and its adapters: {@link io.livecoins.Money}, {@link
 * java.time.Instant} (RFC 3339) and enums with an {@code UNKNOWN} fallback. Thread-safe.
 *
 * <p>Decoding is strict about types and lenient about unknown fields, as the contract says.
 */
public final class JsonCodec {
  private final Moshi moshi;

  /** Creates the codec. */
  public JsonCodec() {
    this.moshi =
        new Moshi.Builder()
            .add(new MoneyAdapter())
            .add(new InstantAdapter())
            .add(UnknownEnumFallbackFactory.INSTANCE)
            .build();
  }

  /** Returns the adapter for {@code type}. */
  public <T> JsonAdapter<T> adapter(Type type) {
    return moshi.adapter(type);
  }

  /**
   * Decodes {@code json} as {@code type}.
   *
   * @throws JsonDataException for wrong types, missing values or trailing garbage
   * @throws IOException for malformed or truncated JSON
   */
  public <T> T decode(byte[] json, Class<T> type) throws IOException {
    JsonAdapter<T> adapter = moshi.adapter(type);
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    T value = adapter.fromJson(reader);
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("trailing data after the JSON document");
    }
    if (value == null) throw new JsonDataException("document is null");
    return value;
  }

  /** Encodes {@code value} as UTF-8 JSON. */
  public <T> byte[] encode(T value, Class<T> type) {
    Buffer buffer = new Buffer();
    try {
      moshi.adapter(type).toJson(buffer, value);
    } catch (IOException e) {
      throw new AssertionError(e); // a Buffer never fails
    }
    return buffer.readByteArray();
  }
}
