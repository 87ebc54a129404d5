package io.livecoins.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Adapters for the SDK's enums that have an {@code UNKNOWN} constant: wire names match constants
 * case-insensitively ({@code "COMPLETED"}, {@code "insufficient_funds"}), and a value this SDK
 * does not know decodes to {@code UNKNOWN} instead of failing, because the contract lets servers
 * add enum values.
 */
final class UnknownEnumFallbackFactory implements JsonAdapter.Factory {
  static final UnknownEnumFallbackFactory INSTANCE = new UnknownEnumFallbackFactory();

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) return null;
    Class<?> raw = Types.getRawType(type);
    if (!raw.isEnum() || !raw.getName().startsWith("io.livecoins.")) return null;
    return adapterFor(raw.asSubclass(Enum.class));
  }

  private static <E extends Enum<E>> JsonAdapter<E> adapterFor(Class<E> enumType) {
    E unknown = null;
    for (E constant : enumType.getEnumConstants()) {
      if (constant.name().equals("UNKNOWN")) unknown = constant;
    }
    if (unknown == null) {
      throw new IllegalArgumentException(enumType + " has no UNKNOWN constant");
    }
    E fallback = unknown;
    return new JsonAdapter<E>() {
      @Override
      public @Nullable E fromJson(JsonReader reader) throws IOException {
        if (reader.peek() != JsonReader.Token.STRING) {
          throw new JsonDataException("expected a string for " + enumType.getSimpleName() + " at " + reader.getPath());
        }
        String name = reader.nextString();
        String upper = name.toUpperCase(Locale.ROOT);
        for (E constant : enumType.getEnumConstants()) {
          if (constant != fallback && constant.name().equals(upper)) return constant;
        }
        return fallback;
      }

      @Override
      public void toJson(JsonWriter writer, @Nullable E value) throws IOException {
        if (value == null) {
          writer.nullValue();
        } else {
          writer.value(value.name());
        }
      }
    }.nullSafe();
  }
}
