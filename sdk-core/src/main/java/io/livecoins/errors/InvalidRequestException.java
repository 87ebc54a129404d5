package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/** HTTP 400 {@code invalid_request}: the server rejected the request's input; nothing changed. */
public final class InvalidRequestException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final @Nullable String field;

  /** Creates the exception; {@code field} names the offending field, header or parameter. */
  public InvalidRequestException(
      String message, @Nullable String field, @Nullable String requestId) {
    super("invalid_request", message, 400, requestId, Effect.NOT_APPLIED, null);
    this.field = field;
  }

  /** The offending field, header or query parameter, when the server named one. */
  public @Nullable String field() {
    return field;
  }
}
