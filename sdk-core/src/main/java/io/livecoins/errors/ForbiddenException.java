package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 403 {@code forbidden}: the user may not do this. {@link #reason()} is one of {@code
 * not_owner}, {@code not_creator}, {@code age_restricted}, {@code region_unavailable} (or a newer
 * reason). Nothing changed.
 */
public final class ForbiddenException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final @Nullable String reason;

  /** Creates the exception. */
  public ForbiddenException(String message, @Nullable String reason, @Nullable String requestId) {
    super("forbidden", message, 403, requestId, Effect.NOT_APPLIED, null);
    this.reason = reason;
  }

  /** Why the request was refused, such as {@code "age_restricted"}, or null. */
  public @Nullable String reason() {
    return reason;
  }
}
