package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 404 {@code not_found}: an unknown package, order, gift, stream, creator or user ({@link
 * #resource()}). Nothing changed.
 */
public final class NotFoundException extends RequestException {
  private static final long serialVersionUID = 2L;
  /** The kind of thing not found, cleaned; null when the server did not say. */
  private final @Nullable String resource;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "not_found"}
   * @param resource the kind of thing not found (cleaned and capped), or null when the server did
   *     not say
   */
  public NotFoundException(ErrorContext context, @Nullable String resource) {
    super("not_found", context, null);
    this.resource = resource == null ? null : io.livecoins.internal.Redactor.identifier(resource);
  }

  /**
   * What was not found.
   *
   * @return the kind of thing, such as {@code "package"}, {@code "order"}, {@code "stream"} or
   *     {@code "withdrawal"}, or a kind newer than this SDK; null when the server did not say
   */
  public @Nullable String resource() {
    return resource;
  }
}
