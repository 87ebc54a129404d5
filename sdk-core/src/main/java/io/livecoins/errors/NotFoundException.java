package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 404 {@code not_found}: an unknown package, order, gift, stream, creator or user ({@link
 * #resource()}). Nothing changed.
 */
public final class NotFoundException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final @Nullable String resource;

  /** Creates the exception. */
  public NotFoundException(String message, @Nullable String resource, @Nullable String requestId) {
    super("not_found", message, 404, requestId, Effect.NOT_APPLIED, null);
    this.resource = resource;
  }

  /** The kind of thing not found, such as {@code "gift"}, or null. */
  public @Nullable String resource() {
    return resource;
  }
}
