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
  /** The server's {@code details.reason}, cleaned; null when it sent none. */
  private final @Nullable String reason;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "forbidden"}
   * @param reason the server's {@code details.reason} (cleaned and capped like a request id), or
   *     null when it sent none
   */
  public ForbiddenException(ErrorContext context, @Nullable String reason) {
    this("forbidden", context, reason);
  }

  /** For subclasses in this package with a code of their own. */
  ForbiddenException(String code, ErrorContext context, @Nullable String reason) {
    super(code, context, null);
    this.reason = reason == null ? null : io.livecoins.internal.Redactor.identifier(reason);
  }

  /**
   * Why the request was refused, so the app can explain it.
   *
   * @return {@code "not_owner"}, {@code "not_creator"}, {@code "age_restricted"}, {@code
   *     "region_unavailable"} or a reason newer than this SDK; null when the server gave none
   */
  public final @Nullable String reason() {
    return reason;
  }
}
