package io.livecoins.transport;

import io.livecoins.internal.http.TransportAccess;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the pipeline hands it to a {@link Transport}: method, absolute URL, headers
 * and an optional JSON body. Immutable; {@link #toString()} redacts the {@code Authorization}
 * header and never prints the body.
 */
public final class HttpRequest {
  static {
    TransportAccess.install(
        new TransportAccess() {
          @Override
          public HttpRequest newRequest(
              String method,
              String url,
              String[] namesAndValues,
              byte @Nullable [] body,
              long maxResponseBytes,
              long callTimeoutMillis) {
            return new HttpRequest(
                method, url, namesAndValues, body, maxResponseBytes, callTimeoutMillis, true);
          }

          @Override
          public byte[] body(HttpResponse response) {
            return response.bodyUnsafe();
          }
        });
  }

  private final String method;
  private final String url;
  /** Names and values, alternating, in order: no map per request on the hot path. */
  final String[] namesAndValues;
  private @Nullable Map<String, String> headers; // built on first use of headers()
  final byte @Nullable [] body;
  private final long maxResponseBytes;
  private final long callTimeoutMillis;

  /**
   * Creates a request.
   *
   * @param method {@code GET} or {@code POST}
   * @param url the absolute URL
   * @param headers header names to values; names are matched case-insensitively
   * @param body the request body ({@code application/json}), or null for none
   * @param maxResponseBytes the largest response body the caller accepts; a transport reading more
   *     throws {@link ResponseTooLargeException}
   */
  public HttpRequest(
      String method,
      String url,
      Map<String, String> headers,
      byte @Nullable [] body,
      long maxResponseBytes) {
    this(method, url, headers, body, maxResponseBytes, 0);
  }

  /**
   * Creates a request with a time limit.
   *
   * @param method {@code GET} or {@code POST}
   * @param url the absolute URL
   * @param headers header names to values; names are matched case-insensitively
   * @param body the request body ({@code application/json}), or null for none
   * @param maxResponseBytes the largest response body the caller accepts, in bytes
   * @param callTimeoutMillis how long the whole exchange may take, connecting, sending and reading
   *     the body included, in milliseconds; 0 for no limit beyond the transport's own timeouts. A
   *     transport that runs out of time throws an {@link java.io.InterruptedIOException}.
   * @see #HttpRequest(String, String, Map, byte[], long)
   */
  public HttpRequest(
      String method,
      String url,
      Map<String, String> headers,
      byte @Nullable [] body,
      long maxResponseBytes,
      long callTimeoutMillis) {
    this.method = Objects.requireNonNull(method, "method == null");
    if (!method.equals("GET") && !method.equals("POST")) {
      throw new IllegalArgumentException("unsupported method: " + method);
    }
    this.url = Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(headers, "headers == null");
    String[] copy = new String[headers.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (i == copy.length) throw new IllegalArgumentException("headers changed while copied");
      copy[i++] = Objects.requireNonNull(header.getKey(), "header name == null");
      copy[i++] = Objects.requireNonNull(header.getValue(), "header value == null");
    }
    if (i != copy.length) throw new IllegalArgumentException("headers changed while copied");
    this.namesAndValues = copy;
    this.body = body == null ? null : body.clone();
    if (maxResponseBytes <= 0) {
      throw new IllegalArgumentException("maxResponseBytes <= 0: " + maxResponseBytes);
    }
    this.maxResponseBytes = maxResponseBytes;
    if (callTimeoutMillis < 0) {
      throw new IllegalArgumentException("callTimeoutMillis < 0: " + callTimeoutMillis);
    }
    this.callTimeoutMillis = callTimeoutMillis;
  }

  /** Takes ownership of {@code namesAndValues} and {@code body}; see {@link TransportAccess}. */
  private HttpRequest(
      String method,
      String url,
      String[] namesAndValues,
      byte @Nullable [] body,
      long maxResponseBytes,
      long callTimeoutMillis,
      boolean owned) {
    if (!method.equals("GET") && !method.equals("POST")) {
      throw new IllegalArgumentException("unsupported method: " + method);
    }
    if (maxResponseBytes <= 0 || callTimeoutMillis < 0) throw new IllegalArgumentException();
    if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("odd namesAndValues");
    this.method = method;
    this.url = url;
    this.namesAndValues = namesAndValues;
    this.body = body;
    this.maxResponseBytes = maxResponseBytes;
    this.callTimeoutMillis = callTimeoutMillis;
  }

  /** {@return {@code GET} or {@code POST}} */
  public String method() {
    return method;
  }

  /** {@return the absolute URL} */
  public String url() {
    return url;
  }

  /** {@return all headers, in the order the pipeline set them} */
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
   * {@return the value of header {@code name} (case-insensitive), or null}
   *
   * @param name the header name, such as {@code "Idempotency-Key"}
   */
  public @Nullable String header(String name) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equalsIgnoreCase(name)) return namesAndValues[i + 1];
    }
    return null;
  }

  /** {@return a copy of the body, or null for a request without one} */
  public byte @Nullable [] body() {
    return body == null ? null : body.clone();
  }

  /** {@return the largest response body the caller accepts, in bytes} */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * {@return how long the whole exchange may take in milliseconds (the time left before the call's
   * deadline), body included; 0 for no limit} Transports must honour it: a body that drips in
   * slowly must not outlast the call's deadline.
   */
  public long callTimeoutMillis() {
    return callTimeoutMillis;
  }

  @Override
  public String toString() {
    StringBuilder result = new StringBuilder("HttpRequest{").append(method).append(' ').append(url);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = namesAndValues[i];
      boolean secret = name.toLowerCase(Locale.ROOT).equals("authorization");
      result.append(", ").append(name).append('=').append(secret ? "██" : namesAndValues[i + 1]);
    }
    if (body != null) result.append(", body=").append(body.length).append(" bytes");
    return result.append('}').toString();
  }
}
