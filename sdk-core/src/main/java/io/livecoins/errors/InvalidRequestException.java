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
  private final @Nullable String field;
  private final ArrayList<String> violations;

  /** Creates the exception; {@code field} names the offending field, header or parameter. */
  public InvalidRequestException(ErrorContext context, @Nullable String field) {
    this(context, field, Collections.<String>emptyList());
  }

  /**
   * Creates the exception with the server's {@code violations} (each redacted and capped like a
   * message; at most 20 kept).
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

  /** The offending field, header or query parameter, when the server named one. */
  public @Nullable String field() {
    return field;
  }

  /** What the server said was wrong, one line each (redacted); empty when it said nothing. */
  public List<String> violations() {
    return Collections.unmodifiableList(violations);
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    return violations.isEmpty() ? message : message + " " + violations;
  }
}
