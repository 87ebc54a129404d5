package io.livecoins.errors;

import io.livecoins.internal.Redactor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 400 {@code invalid_request}: the server rejected the request's input; nothing changed. Also
 * thrown by the SDK itself for input it checks before sending (then nothing was sent).
 */
public final class InvalidRequestException extends RequestException {
  private static final long serialVersionUID = 2L;
  private static final int MAX_VIOLATIONS = 20;
  /** The offending field, header or query parameter, cleaned; null when none was named. */
  private final @Nullable String field;
  /** What the server said was wrong: at most 20 lines, each redacted and capped. */
  private final ArrayList<String> violations;

  /**
   * Creates the exception without violations.
   *
   * @param context the failure's context; its code becomes {@code "invalid_request"}
   * @param field the offending field, header or query parameter (cleaned and capped), or null when
   *     none was named
   */
  public InvalidRequestException(ErrorContext context, @Nullable String field) {
    this(context, field, Collections.<String>emptyList());
  }

  /**
   * Creates the exception with the server's {@code violations} (each redacted and capped like a
   * message; at most 20 kept).
   *
   * @param context the failure's context; its code becomes {@code "invalid_request"}
   * @param field the offending field, header or query parameter (cleaned and capped), or null when
   *     none was named
   * @param violations what the server said was wrong, one entry each; null entries are skipped
   */
  public InvalidRequestException(
      ErrorContext context, @Nullable String field, List<String> violations) {
    super("invalid_request", context, null);
    this.field = field == null ? null : Redactor.identifier(field);
    ArrayList<String> cleaned = new ArrayList<>();
    for (String violation : violations) {
      if (violation == null) continue;
      if (cleaned.size() == MAX_VIOLATIONS) break;
      cleaned.add(Redactor.serverText(violation, 200));
    }
    this.violations = cleaned;
  }

  /**
   * The input the server (or the SDK's own check) rejected.
   *
   * @return the offending field, header or query parameter, such as {@code "quantity"}; null when
   *     none was named
   */
  public @Nullable String field() {
    return field;
  }

  /**
   * What the server said was wrong, for logs.
   *
   * @return an unmodifiable list of at most 20 lines, each redacted and capped at 200 characters;
   *     empty when the server said nothing
   */
  public List<String> violations() {
    return Collections.unmodifiableList(violations);
  }

  /**
   * The message, followed by the {@linkplain #violations() violations} when there are any.
   *
   * @return the redacted message, with code, HTTP status and request id, then the violations
   */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    return violations.isEmpty() ? message : message + " " + violations;
  }
}
