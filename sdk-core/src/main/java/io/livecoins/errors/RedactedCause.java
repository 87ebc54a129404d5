package io.livecoins.errors;

import io.livecoins.internal.Redactor;
import org.jspecify.annotations.Nullable;

/**
 * Stands in for a cause whose message quotes what a server sent (a decoder's "Expected a long but
 * was 4242424242424242"): same class name in the text, same stack trace, the message redacted. A
 * cause whose messages hold nothing to redact is kept as it is.
 */
final class RedactedCause extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_DEPTH = 8;

  private RedactedCause(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /** {@code cause}, or a redacted stand-in when it or a cause of it would show server text. */
  static @Nullable Throwable of(@Nullable Throwable cause) {
    return of(cause, false, 0);
  }

  /**
   * {@code cause}, or a stand-in when it or a cause of it quotes a secret {@link Redactor#redact}
   * knows (a transport's failure quoting a status line that echoes a token): a transport's own text
   * (a pinning failure listing certificate hashes) stays as it is.
   */
  static @Nullable Throwable ofSecrets(@Nullable Throwable cause) {
    return of(cause, true, 0);
  }

  private static @Nullable Throwable of(@Nullable Throwable cause, boolean secretsOnly, int depth) {
    if (cause == null || depth == MAX_DEPTH) return null;
    Throwable inner = cause.getCause() == cause ? null : cause.getCause();
    Throwable cleanedInner = of(inner, secretsOnly, depth + 1);
    String message = cause.getMessage();
    String cleaned = message == null ? null
        : secretsOnly ? Redactor.redact(message) : Redactor.serverText(message);
    boolean changed = cleaned != null
        && (secretsOnly ? masks(cleaned) > masks(message) : !message.equals(cleaned));
    if (!changed && cleanedInner == inner) return cause;
    RedactedCause standIn = new RedactedCause(
        cause.getClass().getName() + (cleaned == null ? "" : ": " + (changed ? cleaned : message)), cleanedInner);
    standIn.setStackTrace(cause.getStackTrace());
    return standIn;
  }

  private static int masks(String text) {
    int count = 0;
    for (int i = text.indexOf(Redactor.MASK); i >= 0; i = text.indexOf(Redactor.MASK, i + 1)) count++;
    return count;
  }

  @Override
  public String toString() {
    String message = getMessage();
    return message == null ? getClass().getName() : message;
  }
}
