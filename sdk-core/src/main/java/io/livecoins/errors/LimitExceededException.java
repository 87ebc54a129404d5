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
  /** When the cap resets; null when the server did not say. */
  private final @Nullable Instant resetsAt;
  /** The serialized stand-in for the (non-serializable) cap; null when unknown. */
  private final SerialForms.@Nullable MoneyForm limitForm;
  /** The serialized stand-in for the (non-serializable) remaining amount; null when unknown. */
  private final SerialForms.@Nullable MoneyForm remainingForm;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "limit_exceeded"}
   * @param limit the cap, or null when the server did not say
   * @param remaining what is left under the cap, or null when the server did not say
   * @param resetsAt when the cap resets, or null when the server did not say
   */
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

  /**
   * The daily cap that would be exceeded.
   *
   * @return the cap as an exact amount, such as USD 1,000.00 a day; null when the server did not
   *     say
   */
  public @Nullable Money limit() {
    return limit;
  }

  /**
   * What the user may still withdraw or spend today.
   *
   * @return the amount left under the cap (possibly zero); null when the server did not say
   */
  public @Nullable Money remaining() {
    return remaining;
  }

  /**
   * When the cap resets and the user may try again.
   *
   * @return the reset instant; null when the server did not say
   */
  public @Nullable Instant resetsAt() {
    return resetsAt;
  }

  /**
   * Reads the fields back and rebuilds the amounts through {@code Money.of}.
   *
   * @param in the stream
   * @throws IOException if the stream cannot be read or holds an invalid value
   * @throws ClassNotFoundException if a class in the stream cannot be found
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    limit = SerialForms.MoneyForm.toMoney(limitForm);
    remaining = SerialForms.MoneyForm.toMoney(remainingForm);
  }
}
