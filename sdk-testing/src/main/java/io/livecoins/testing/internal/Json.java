package io.livecoins.testing.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * Minimal JSON tree codec on Moshi's streaming API. Integral numbers are read as {@link Long} (never
 * through a double), other numbers as {@link BigDecimal}. Objects keep insertion order.
 */
public final class Json {
  private Json() {}

  /**
   * Text that is already compact JSON (written by {@link #write}), embedded verbatim by {@link #write}:
   * a value rendered outside a lock and placed into a document built inside it.
   */
  public record Raw(String json) {}

  /**
   * A request body and, once asked for, its parse ({@link #parse}'s value or its failure), so that the
   * contract check, the idempotency fingerprint and the handler read one parse of the body. Not
   * thread-safe: one per request. Readers must not modify the value.
   */
  public static final class Parsed {
    private final String text;
    private boolean done;
    private Object value;
    private IllegalArgumentException failure;

    private Parsed(String text) {
      this.text = text;
    }

    /** {@code text}, parsed on first use. */
    public static Parsed of(String text) {
      return new Parsed(text);
    }

    /** The text as received (may be null or empty). */
    public String text() {
      return text;
    }

    /** What {@code Json.parse(text)} returns; throws what it throws (every time). */
    public Object value() {
      if (!done) {
        try {
          value = parse(text);
        } catch (IllegalArgumentException e) {
          failure = e;
        }
        done = true;
      }
      if (failure != null) {
        throw failure;
      }
      return value;
    }
  }

  /** Parses {@code text}; throws {@link IllegalArgumentException} when it is not one JSON value. */
  public static Object parse(String text) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("trailing data after JSON value");
      }
      return value;
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getMessage(), e);
    }
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          map.put(name, read(reader));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY: {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      }
      case STRING:
        return reader.nextString();
      case NUMBER: {
        String text = reader.nextString();
        if (isPlainInteger(text)) {
          return Long.parseLong(text); // the common case, without a BigDecimal
        }
        BigDecimal number = new BigDecimal(text);
        try {
          return number.longValueExact();
        } catch (ArithmeticException notIntegral) {
          return number;
        }
      }
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new IllegalArgumentException("unexpected token " + reader.peek());
    }
  }

  /** Digits with an optional minus, short enough that Long.parseLong cannot overflow (18 digits). */
  private static boolean isPlainInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int length = text.length() - start;
    if (length < 1 || length > 18) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Writes {@code value} (maps, lists, strings, numbers, booleans, null) as compact JSON. */
  public static String write(Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      write(writer, value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return buffer.readUtf8();
  }

  private static void write(JsonWriter writer, Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        writer.name(String.valueOf(e.getKey()));
        write(writer, e.getValue());
      }
      writer.endObject();
    } else if (value instanceof Iterable<?> list) {
      writer.beginArray();
      for (Object item : list) {
        write(writer, item);
      }
      writer.endArray();
    } else if (value instanceof String s) {
      writer.value(s);
    } else if (value instanceof Raw raw) {
      try (okio.BufferedSink sink = writer.valueSink()) {
        sink.writeUtf8(raw.json());
      }
    } else if (value instanceof Long || value instanceof Integer) {
      writer.value(((Number) value).longValue());
    } else if (value instanceof Number n) {
      writer.value(n);
    } else if (value instanceof Boolean b) {
      writer.value(b.booleanValue());
    } else {
      writer.value(value.toString());
    }
  }

  /** Parses {@code text} and writes it back with object keys sorted, for comparing request bodies. */
  public static String canonical(String text) {
    return canonical(Parsed.of(text));
  }

  /** {@link #canonical(String)} of an already (or lazily) parsed body. */
  public static String canonical(Parsed body) {
    Object value;
    try {
      value = body.value();
    } catch (IllegalArgumentException notJson) {
      return "raw:" + body.text();
    }
    return write(sortKeys(value));
  }

  private static Object sortKeys(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new java.util.TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), sortKeys(v)));
      return sorted;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(sortKeys(v)));
      return out;
    }
    return value;
  }
}
