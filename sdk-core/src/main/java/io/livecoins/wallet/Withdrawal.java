package io.livecoins.wallet;

import io.livecoins.internal.Strings;
import io.livecoins.Money;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A creator's withdrawal: the diamonds it consumed, the money paid out, how, and its status.
 * Immutable and thread-safe.
 */
public final class Withdrawal {
  private final String id;
  private final long diamonds;
  private final Money amount;
  private final PayoutMethod payoutMethod;
  private final WithdrawalStatus status;
  private final Instant createdAt;

  /**
   * Creates a withdrawal.
   *
   * @param diamonds the diamonds consumed (at most the count asked for; the remainder stays)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is blank or {@code diamonds} is not positive
   */
  public Withdrawal(
      String id,
      long diamonds,
      Money amount,
      PayoutMethod payoutMethod,
      WithdrawalStatus status,
      Instant createdAt) {
    this.id = Strings.requireNonBlank(id, "id");
    if (diamonds < 1) throw new IllegalArgumentException("diamonds must be positive: " + diamonds);
    this.diamonds = diamonds;
    this.amount = Objects.requireNonNull(amount, "amount == null");
    this.payoutMethod = Objects.requireNonNull(payoutMethod, "payoutMethod == null");
    this.status = Objects.requireNonNull(status, "status == null");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt == null");
  }

  /** The withdrawal id (the reference of its {@link TransactionType#WITHDRAWAL} transaction). */
  public String id() {
    return id;
  }

  /** The diamonds consumed; the remainder of the count asked for stayed in the wallet. */
  public long diamonds() {
    return diamonds;
  }

  /** The money paid out. */
  public Money amount() {
    return amount;
  }

  /** How the money is paid out. */
  public PayoutMethod payoutMethod() {
    return payoutMethod;
  }

  /** Where the payout is; {@link WithdrawalStatus#UNKNOWN} for statuses newer than this SDK. */
  public WithdrawalStatus status() {
    return status;
  }

  /** When the withdrawal was made. */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Withdrawal)) return false;
    Withdrawal that = (Withdrawal) o;
    return diamonds == that.diamonds
        && id.equals(that.id)
        && amount.equals(that.amount)
        && payoutMethod == that.payoutMethod
        && status == that.status
        && createdAt.equals(that.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, diamonds, amount, payoutMethod, status, createdAt);
  }

  @Override
  public String toString() {
    return "Withdrawal{id=" + id + ", diamonds=" + diamonds + ", amount=" + amount
        + ", payoutMethod=" + payoutMethod + ", status=" + status + ", createdAt=" + createdAt + '}';
  }
}
