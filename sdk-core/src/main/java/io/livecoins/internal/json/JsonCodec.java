package io.livecoins.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's one Moshi instance and its adapters: {@link io.livecoins.Money}, {@link
 * java.time.Instant} (RFC 3339) and enums with an {@code UNKNOWN} fallback. Thread-safe.
 *
 * <p>Decoding is strict about types and lenient about unknown fields, as the contract says. A name
 * twice in one object is refused: JSON leaves open which one counts, and parsers differ.
 */
public final class JsonCodec {
  /** Moshi refuses deeper nesting ("Nesting too deep"). */
  private static final int MAX_DEPTH = 256;
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
   * Decodes {@code json} as {@code type}, reading it to its end.
   *
   * @throws JsonDataException for wrong types, missing values, a name twice in an object or
   *     trailing garbage
   * @throws IOException for malformed or truncated JSON
   */
  public <T> T decode(byte[] json, Class<T> type) throws IOException {
    checkNamesUnique(json);
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    T value = cachedAdapter(type).fromJson(reader);
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("trailing data after the JSON document");
    }
    if (value == null) throw new JsonDataException("document is null");
    return value;
  }

  /**
   * Throws if an object in {@code json} has a name twice (Moshi would keep the last one silently:
   * {@code "currency":"USD","currency":"KWD"}). Scans the bytes for structure only (strings,
   * braces, brackets, commas), without a second parse: malformed JSON is left to the decoder.
   */
  static void checkNamesUnique(byte[] json) throws IOException {
    // The names of the open objects, innermost last; first[d] is where container d's names begin
    // (-1 for an array). An object with many names gets a set (a linear scan would be quadratic).
    String[] names = new String[16];
    int count = 0;
    int[] first = new int[8];
    boolean[] nameNext = new boolean[8]; // per open object: the next string is a name
    @Nullable Object[] sets = null;
    int depth = 0;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (b == '{' || b == '[') {
        if (depth == MAX_DEPTH) return; // deeper than the decoder accepts: it reports that
        if (depth == first.length) {
          first = Arrays.copyOf(first, depth * 2);
          nameNext = Arrays.copyOf(nameNext, depth * 2);
          if (sets != null) sets = Arrays.copyOf(sets, depth * 2);
        }
        first[depth] = b == '{' ? count : -1;
        nameNext[depth++] = b == '{';
      } else if (b == '}' || b == ']') {
        if (depth == 0) continue;
        depth--;
        if (first[depth] >= 0) count = first[depth];
        if (sets != null) sets[depth] = null;
      } else if (b == ',') {
        if (depth > 0 && first[depth - 1] >= 0) nameNext[depth - 1] = true;
      } else if (b == '"') {
        int start = i;
        boolean escaped = false;
        for (i++; i < json.length && json[i] != '"'; i++) {
          if (json[i] == '\\') {
            escaped = true;
            i++;
          }
        }
        if (i >= json.length) return; // unterminated: the decoder reports it
        if (depth == 0 || first[depth - 1] < 0 || !nameNext[depth - 1]) continue;
        nameNext[depth - 1] = false;
        String name = escaped
            ? JsonReader.of(new Buffer().write(json, start, i + 1 - start)).nextString()
            : new String(json, start + 1, i - start - 1, StandardCharsets.UTF_8);
        int from = first[depth - 1];
        boolean repeated;
        if (count - from < 16) {
          repeated = false;
          for (int n = from; n < count && !repeated; n++) repeated = names[n].equals(name);
        } else {
          if (sets == null) sets = new Object[first.length];
          @SuppressWarnings("unchecked")
          Set<String> set = (Set<String>) sets[depth - 1];
          if (set == null) {
            set = new HashSet<>(Arrays.asList(names).subList(from, count));
            sets[depth - 1] = set;
          }
          repeated = !set.add(name);
        }
        if (repeated) throw new JsonDataException("name " + name + " twice in one object");
        if (count == names.length) names = Arrays.copyOf(names, count * 2);
        names[count++] = name;
      }
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
