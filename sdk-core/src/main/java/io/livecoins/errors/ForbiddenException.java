package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 403 {@code forbidden}: the user may not do this. {@link #reason()} is one of {@code
 * not_owner}, {@code not_creator}, {@code age_restricted}, {@code region_unavailable} (or a newer
 * reason). Nothing changed.
 *
 * <p>Not final: more specific refusals (such as an age restriction) may be subclasses of this
 * type in this package, so that code catching {@code ForbiddenException} keeps working.
 */
public class ForbiddenException extends RequestException {
  private static final long serialVersionUID = 2L;
  private final @Nullable String reason;

  /** Creates the exception; {@code reason} is the server's {@code details.reason}. */
  public ForbiddenException(ErrorContext context, @Nullable String reason) {
    this("forbidden", context, reason);
  }

  /** For subclasses in this package with a code of their own. */
  ForbiddenException(String code, ErrorContext context, @Nullable String reason) {
    super(code, context, null);
    this.reason = reason == null ? null : io.livecoins.internal.Redactor.identifier(reason);
  }

  /** Why the request was refused, such as {@code "age_restricted"}, or null. */
  public final @Nullable String reason() {
    return reason;
  }
}
