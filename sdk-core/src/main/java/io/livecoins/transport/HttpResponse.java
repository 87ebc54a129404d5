package io.livecoins.transport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One HTTP response as a {@link Transport} returns it: status, headers and the whole body. */
public final class HttpResponse {
  private final int code;
  private final Map<String, String> headers;
  private final byte[] body;

  /**
   * Creates a response.
   *
   * @param code the HTTP status code
   * @param headers header names to values (the last value wins for repeated names)
   * @param body the body; empty for none
   */
  public HttpResponse(int code, Map<String, String> headers, byte[] body) {
    if (code < 100 || code > 599) throw new IllegalArgumentException("bad status: " + code);
    this.code = code;
    this.headers =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(headers, "headers == null")));
    this.body = Objects.requireNonNull(body, "body == null").clone();
  }

  /** The HTTP status code. */
  public int code() {
    return code;
  }

  /** All headers. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The value of header {@code name} (case-insensitive), or null. */
  public @Nullable String header(String name) {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) return header.getValue();
    }
    return null;
  }

  /** A copy of the body. */
  public byte[] body() {
    return body.clone();
  }

  /** The body length in bytes. */
  public int bodyLength() {
    return body.length;
  }

  @Override
  public String toString() {
    return "HttpResponse{" + code + ", " + body.length + " bytes}";
  }
}
