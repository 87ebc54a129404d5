package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 404 {@code not_found}: an unknown package, order, gift, stream, creator or user ({@link
 * #resource()}). Nothing changed.
 */
public final class NotFoundException extends RequestException {
  private static final long serialVersionUID = 2L;
  private final @Nullable String resource;

  /** Creates the exception; {@code resource} is the kind of thing not found. */
  public NotFoundException(ErrorContext context, @Nullable String resource) {
    super("not_found", context, null);
    this.resource = resource == null ? null : io.livecoins.internal.Redactor.identifier(resource);
  }

  /** The kind of thing not found, such as {@code "gift"}, or null. */
  public @Nullable String resource() {
    return resource;
  }
}
