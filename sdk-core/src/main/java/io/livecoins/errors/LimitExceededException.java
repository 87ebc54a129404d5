package io.livecoins.errors;

import io.livecoins.Money;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 422 {@code limit_exceeded}: a daily withdrawal or spending cap would be exceeded. Nothing
 * changed; the limit resets at {@link #resetsAt()}.
 */
public final class LimitExceededException extends BalanceException {
  private static final long serialVersionUID = 2L;
  private transient @Nullable Money limit;
  private transient @Nullable Money remaining;
  private final @Nullable Instant resetsAt;
  // Serialized stand-ins for the (non-serializable) amounts.
  private final SerialForms.@Nullable MoneyForm limitForm;
  private final SerialForms.@Nullable MoneyForm remainingForm;

  /** Creates the exception. */
  public LimitExceededException(
      ErrorContext context,
      @Nullable Money limit,
      @Nullable Money remaining,
      @Nullable Instant resetsAt) {
    super("limit_exceeded", context, null);
    this.limit = limit;
    this.remaining = remaining;
    this.resetsAt = resetsAt;
    this.limitForm = SerialForms.MoneyForm.of(limit);
    this.remainingForm = SerialForms.MoneyForm.of(remaining);
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

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    limit = SerialForms.MoneyForm.toMoney(limitForm);
    remaining = SerialForms.MoneyForm.toMoney(remainingForm);
  }
}
