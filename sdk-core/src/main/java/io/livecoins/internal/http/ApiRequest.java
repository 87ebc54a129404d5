package io.livecoins.internal.http;

import io.livecoins.internal.json.JsonCodec;
import java.io.IOException;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One logical API operation: method, path (with query), body and how to decode a 2xx answer. A
 * POST gets its idempotency key here, once, so that every retry and every clone reuses it.
 */
public final class ApiRequest<T> {
  /** Decodes a 2xx body into the call's result; any exception means a malformed response. */
  @FunctionalInterface
  public interface Decoder<T> {
    T decode(byte[] body, JsonCodec json) throws IOException;
  }

  final String method;
  final String pathAndQuery;
  final byte @Nullable [] body;
  final @Nullable String idempotencyKey;
  final Decoder<T> decoder;

  private ApiRequest(
      String method,
      String pathAndQuery,
      byte @Nullable [] body,
      @Nullable String idempotencyKey,
      Decoder<T> decoder) {
    if (!pathAndQuery.startsWith("/")) throw new IllegalArgumentException("path must start with /");
    this.method = method;
    this.pathAndQuery = pathAndQuery;
    this.body = body;
    this.idempotencyKey = idempotencyKey;
    this.decoder = Objects.requireNonNull(decoder, "decoder == null");
  }

  /** A GET of {@code pathAndQuery} (already percent-encoded). */
  public static <T> ApiRequest<T> get(String pathAndQuery, Decoder<T> decoder) {
    return new ApiRequest<>("GET", pathAndQuery, null, null, decoder);
  }

  /** A POST of {@code body} with a fresh idempotency key. */
  public static <T> ApiRequest<T> post(String path, byte[] body, Decoder<T> decoder) {
    return post(path, body, newIdempotencyKey(), decoder);
  }

  /** A POST of {@code body} with the caller's idempotency key (1–64 visible ASCII chars). */
  public static <T> ApiRequest<T> post(
      String path, byte[] body, String idempotencyKey, Decoder<T> decoder) {
    Objects.requireNonNull(body, "body == null");
    return new ApiRequest<>("POST", path, body, checkIdempotencyKey(idempotencyKey), decoder);
  }

  /** Returns a random key: 122 random bits, unguessable, never reused. */
  public static String newIdempotencyKey() {
    return UUID.randomUUID().toString();
  }

  /** Validates a caller-supplied key against the contract's rule. */
  public static String checkIdempotencyKey(String key) {
    Objects.requireNonNull(key, "idempotencyKey == null");
    if (key.isEmpty() || key.length() > 64) {
      throw new IllegalArgumentException("idempotencyKey must be 1..64 characters");
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException("idempotencyKey must be visible ASCII");
      }
    }
    return key;
  }

  /** Whether this request changes state (and so carries an idempotency key). */
  public boolean isMutating() {
    return idempotencyKey != null;
  }

  /** The idempotency key, or null for a GET. */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  /** The path and query. */
  public String pathAndQuery() {
    return pathAndQuery;
  }
}
