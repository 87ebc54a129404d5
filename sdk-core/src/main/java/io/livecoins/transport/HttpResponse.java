package io.livecoins.transport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One HTTP response as a {@link Transport} returns it: status, headers and the whole body. */
public final class HttpResponse {
  private final int code;
  /** Names and values, alternating, in order (a repeated name keeps its last value). */
  private final String[] namesAndValues;
  private @Nullable Map<String, String> headers; // built on first use of headers()
  private final byte[] body;

  /**
   * Creates a response.
   *
   * @param code the HTTP status code
   * @param headers header names to values (the last value wins for repeated names)
   * @param body the body; empty for none
   */
  public HttpResponse(int code, Map<String, String> headers, byte[] body) {
    this(code, toArray(Objects.requireNonNull(headers, "headers == null")),
        Objects.requireNonNull(body, "body == null").clone());
  }

  /** For this package's transports: takes ownership of {@code namesAndValues} and {@code body}. */
  HttpResponse(int code, String[] namesAndValues, byte[] body) {
    if (code < 100 || code > 599) throw new IllegalArgumentException("bad status: " + code);
    this.code = code;
    this.namesAndValues = namesAndValues;
    this.body = body;
  }

  private static String[] toArray(Map<String, String> headers) {
    String[] result = new String[headers.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (i == result.length) throw new IllegalArgumentException("headers changed while copied");
      result[i++] = Objects.requireNonNull(header.getKey(), "header name == null");
      result[i++] = Objects.requireNonNull(header.getValue(), "header value == null");
    }
    if (i != result.length) throw new IllegalArgumentException("headers changed while copied");
    return result;
  }

  /** {@return the HTTP status code} */
  public int code() {
    return code;
  }

  /** {@return all headers} */
  public Map<String, String> headers() {
    Map<String, String> result = headers;
    if (result == null) {
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < namesAndValues.length; i += 2) map.put(namesAndValues[i], namesAndValues[i + 1]);
      result = Collections.unmodifiableMap(map);
      headers = result; // racy but idempotent: every thread builds an equal map
    }
    return result;
  }

  /**
   * {@return the value of header {@code name} (case-insensitive; the last one if repeated), or
   * null}
   *
   * @param name the header name, such as {@code "Retry-After"}
   */
  public @Nullable String header(String name) {
    for (int i = namesAndValues.length - 2; i >= 0; i -= 2) {
      if (namesAndValues[i].equalsIgnoreCase(name)) return namesAndValues[i + 1];
    }
    return null;
  }

  /** {@return a copy of the body} */
  public byte[] body() {
    return body.clone();
  }

  /** The body itself, for {@link io.livecoins.internal.http.TransportAccess}. */
  byte[] bodyUnsafe() {
    return body;
  }

  /** {@return the body length in bytes} */
  public int bodyLength() {
    return body.length;
  }

  @Override
  public String toString() {
    return "HttpResponse{" + code + ", " + body.length + " bytes}";
  }
}
