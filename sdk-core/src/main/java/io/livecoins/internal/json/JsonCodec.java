package io.livecoins.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The SDK's one Moshi instance and its adapters: {@link io.livecoins.Money}, {@link
 * java.time.Instant} (RFC 3339) and enums with an {@code UNKNOWN} fallback. Thread-safe.
 *
 * <p>Decoding is strict about types and lenient about unknown fields, as the contract says. A name
 * twice in one object is refused: JSON leaves open which one counts, and parsers differ.
 */
public final class JsonCodec {
  private final Moshi moshi;
  /**
   * The adapters of the classes decoded and encoded per call: {@link Moshi#adapter} canonicalises
   * the type and takes a lock on every lookup.
   */
  private final ConcurrentHashMap<Class<?>, JsonAdapter<?>> adapters = new ConcurrentHashMap<>();

  /** Creates the codec. */
  public JsonCodec() {
    this.moshi =
        new Moshi.Builder()
            .add(new MoneyAdapter())
            .add(Instant.class, new InstantAdapter())
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
    return decode(new Buffer().write(json), type);
  }

  /**
   * Decodes the JSON document in {@code source} as {@code type}, reading it to its end: straight from
   * a response body, without a copy. The caller bounds what {@code source} may deliver.
   *
   * @throws JsonDataException for wrong types, missing values, a name twice in an object or
   *     trailing garbage
   * @throws IOException for malformed or truncated JSON, or what {@code source} throws
   */
  public <T> T decode(BufferedSource source, Class<T> type) throws IOException {
    JsonReader reader = JsonReader.of(source);
    checkNamesUnique(reader.peekJson());
    T value = cachedAdapter(type).fromJson(reader);
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("trailing data after the JSON document");
    }
    if (value == null) throw new JsonDataException("document is null");
    return value;
  }

  /**
   * Reads the next value ahead of the decoder and throws if an object in it has a name twice
   * (Moshi would keep the last one silently: {@code "currency":"USD","currency":"KWD"}).
   */
  private static void checkNamesUnique(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.BEGIN_OBJECT) {
      reader.beginObject();
      Set<String> names = new HashSet<>();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (!names.add(name)) {
          throw new JsonDataException("name " + name + " twice at " + reader.getPath());
        }
        checkNamesUnique(reader);
      }
      reader.endObject();
    } else if (token == JsonReader.Token.BEGIN_ARRAY) {
      reader.beginArray();
      while (reader.hasNext()) checkNamesUnique(reader);
      reader.endArray();
    } else {
      reader.skipValue();
    }
  }

  @SuppressWarnings("unchecked")
  private <T> JsonAdapter<T> cachedAdapter(Class<T> type) {
    JsonAdapter<?> adapter = adapters.get(type);
    if (adapter == null) {
      adapter = moshi.adapter(type);
      JsonAdapter<?> raced = adapters.putIfAbsent(type, adapter);
      if (raced != null) adapter = raced;
    }
    return (JsonAdapter<T>) adapter;
  }

  /** Encodes {@code value} as UTF-8 JSON. */
  public <T> byte[] encode(T value, Class<T> type) {
    Buffer buffer = new Buffer();
    try {
      cachedAdapter(type).toJson(buffer, value);
    } catch (IOException e) {
      throw new AssertionError(e); // a Buffer never fails
    }
    return buffer.readByteArray();
  }
}
