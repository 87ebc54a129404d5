package io.livecoins.errors;

import io.livecoins.Money;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 422 {@code limit_exceeded}: a daily withdrawal or spending cap would be exceeded. Nothing
 * changed; the limit resets at {@link #resetsAt()}.
 */
public final class LimitExceededException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final @Nullable Money limit;
  private final @Nullable Money remaining;
  private final @Nullable Instant resetsAt;

  /** Creates the exception. */
  public LimitExceededException(
      String message,
      @Nullable Money limit,
      @Nullable Money remaining,
      @Nullable Instant resetsAt,
      @Nullable String requestId) {
    super("limit_exceeded", message, 422, requestId, Effect.NOT_APPLIED, null);
    this.limit = limit;
    this.remaining = remaining;
    this.resetsAt = resetsAt;
  }

  /** The cap, such as USD 1,000.00 a day. */
  public @Nullable Money limit() {
    return limit;
  }

  /** What is left under the cap today. */
  public @Nullable Money remaining() {
    return remaining;
  }

  /** When the cap resets. */
  public @Nullable Instant resetsAt() {
    return resetsAt;
  }
}
