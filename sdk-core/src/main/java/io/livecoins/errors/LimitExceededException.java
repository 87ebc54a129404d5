package io.livecoins.errors;

import io.livecoins.Money;
import io.livecoins.account.LimitKind;
import io.livecoins.account.LimitSource;
import io.livecoins.account.SpendingLimit;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 422 {@code limit_exceeded}: a spending or withdrawal limit would be exceeded. Nothing changed:
 * a recharge is refused before any order or payment exists, a gift before the debit. It says {@linkplain
 * #kind() which limit}, {@linkplain #setBy() who set it}, the cap and what is left ({@link #limit()} /
 * {@link #remaining()} in money for recharge and withdrawal limits, {@link #limitCoins()} / {@link
 * #remainingCoins()} for gifting limits) and, for daily limits, when it {@linkplain #resetsAt()
 * resets}. A backend that sends no kind means the creator's daily withdrawal cap.
 */
public final class LimitExceededException extends BalanceException {
  private static final long serialVersionUID = 3L;
  /** Which limit; {@link LimitKind#WITHDRAWAL_DAILY} when the server did not say. */
  private final LimitKind kind;
  /** Who set it; {@link LimitSource#UNKNOWN} when the server did not say. */
  private final LimitSource setBy;
  /** The coin cap of a gifting limit; null otherwise. */
  private final @Nullable Long limitCoins;
  /** The coins left under a daily gifting limit; null otherwise. */
  private final @Nullable Long remainingCoins;
  private transient @Nullable Money limit;
  private transient @Nullable Money remaining;
  /** When the cap resets; null when the server did not say. */
  private final @Nullable Instant resetsAt;
  /** The serialized stand-in for the (non-serializable) cap; null when unknown. */
  private final SerialForms.@Nullable MoneyForm limitForm;
  /** The serialized stand-in for the (non-serializable) remaining amount; null when unknown. */
  private final SerialForms.@Nullable MoneyForm remainingForm;

  /**
   * Creates the exception for the creator's daily withdrawal cap ({@link LimitKind#WITHDRAWAL_DAILY}).
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
    this(
        context,
        SpendingLimit.builder(LimitKind.WITHDRAWAL_DAILY, LimitSource.BACKEND)
            .limit(limit)
            .remaining(remaining)
            .resetsAt(resetsAt)
            .build());
  }

  /**
   * Creates the exception for any limit.
   *
   * @param context the failure's context; its code becomes {@code "limit_exceeded"}
   * @param exceeded the limit that would be exceeded: kind, source, cap, what is left and the reset
   * @throws NullPointerException if an argument is null
   */
  public LimitExceededException(ErrorContext context, SpendingLimit exceeded) {
    super("limit_exceeded", context, null);
    this.kind = exceeded.kind();
    this.setBy = exceeded.setBy();
    this.limit = exceeded.limit();
    this.remaining = exceeded.remaining();
    this.limitCoins = exceeded.limitCoins();
    this.remainingCoins = exceeded.remainingCoins();
    this.resetsAt = exceeded.resetsAt();
    this.limitForm = SerialForms.MoneyForm.of(limit);
    this.remainingForm = SerialForms.MoneyForm.of(remaining);
  }

  /**
   * Which limit would be exceeded, to pick the screen: "daily purchase limit reached" and so on.
   *
   * @return the kind; {@link LimitKind#WITHDRAWAL_DAILY} when the server did not say (older
   *     backends), {@link LimitKind#UNKNOWN} for a kind newer than this SDK
   */
  public LimitKind kind() {
    return kind;
  }

  /**
   * Who set the limit: a {@link LimitSource#SELF self-set} limit can be changed by the user (after a
   * cooling-off period for a raise), a {@link LimitSource#PARENT parental} or {@link
   * LimitSource#BACKEND backend} one cannot.
   *
   * @return the source; {@link LimitSource#UNKNOWN} when the server did not say
   */
  public LimitSource setBy() {
    return setBy;
  }

  /**
   * The cap of a gifting limit.
   *
   * @return the cap in coins; null for money limits or when the server did not say
   */
  public @Nullable Long limitCoins() {
    return limitCoins;
  }

  /**
   * The coins left today under a daily gifting limit.
   *
   * @return the coins left (possibly zero); null for other limits or when the server did not say
   */
  public @Nullable Long remainingCoins() {
    return remainingCoins;
  }

  /**
   * The exceeded limit as a value, as {@link io.livecoins.account.Account#limits()} lists them.
   *
   * @return a new value with this exception's kind, source, caps, what is left and the reset
   */
  public SpendingLimit spendingLimit() {
    return SpendingLimit.builder(kind, setBy)
        .limit(limit)
        .remaining(remaining)
        .limitCoins(limitCoins)
        .remainingCoins(remainingCoins)
        .resetsAt(resetsAt)
        .build();
  }

  /**
   * The money cap that would be exceeded (recharge and withdrawal limits).
   *
   * @return the cap as an exact amount, such as USD 1,000.00 a day; null for gifting limits or when
   *     the server did not say
   */
  public @Nullable Money limit() {
    return limit;
  }

  /**
   * What the user may still withdraw or spend today under a daily money cap.
   *
   * @return the amount left under the cap (possibly zero); null for per-purchase and gifting limits
   *     or when the server did not say
   */
  public @Nullable Money remaining() {
    return remaining;
  }

  /**
   * When a daily cap resets and the user may try again.
   *
   * @return the reset instant; null for per-purchase and per-send limits or when the server did not
   *     say
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
    if (kind == null || setBy == null
        || (limitCoins != null && limitCoins < 0) || (remainingCoins != null && remainingCoins < 0)) {
      throw new java.io.InvalidObjectException("bad LimitExceededException in stream");
    }
    limit = SerialForms.MoneyForm.toMoney(limitForm);
    remaining = SerialForms.MoneyForm.toMoney(remainingForm);
  }
}
