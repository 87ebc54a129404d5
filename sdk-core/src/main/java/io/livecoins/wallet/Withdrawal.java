package io.livecoins.wallet;

import io.livecoins.internal.Strings;
import io.livecoins.Money;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A creator's withdrawal: the diamonds it consumed, the money paid out, how, and its status. A
 * withdrawal starts {@link WithdrawalStatus#PENDING} and ends {@link WithdrawalStatus#PAID} or
 * {@link WithdrawalStatus#FAILED} (the diamonds came back to the wallet, exactly once); follow it with
 * {@link WalletApi#withdrawal(String)}. Immutable and thread-safe.
 */
public final class Withdrawal {
  private final String id;
  private final long diamonds;
  private final Money amount;
  private final PayoutMethod payoutMethod;
  private final WithdrawalStatus status;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final @Nullable String failureReason;

  /**
   * Creates a withdrawal.
   *
   * @param diamonds the diamonds consumed (at most the count asked for; the remainder stays)
   * @param id the withdrawal id (the reference of its {@link TransactionType#WITHDRAWAL}
   *     transaction)
   * @param amount the money paid out
   * @param payoutMethod how the money is paid out
   * @param status where the payout is; {@link WithdrawalStatus#UNKNOWN} for statuses newer than
   *     this SDK
   * @param createdAt when the withdrawal was made
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
    this(id, diamonds, amount, payoutMethod, status, createdAt, createdAt, null);
  }

  /**
   * Creates a withdrawal with its last status change and, for a failed payout, why it failed.
   *
   * @param updatedAt when the status last changed
   * @param failureReason why a {@link WithdrawalStatus#FAILED} payout failed (an open set: {@code
   *     payout_rejected}, {@code compliance_hold}, or newer), else null
   * @param id the withdrawal id (the reference of its {@link TransactionType#WITHDRAWAL}
   *     transaction)
   * @param diamonds the diamonds consumed; the remainder of the count asked for stayed in the
   *     wallet
   * @param amount the money paid out
   * @param payoutMethod how the money is paid out
   * @param status where the payout is; {@link WithdrawalStatus#UNKNOWN} for statuses newer than
   *     this SDK
   * @param createdAt when the withdrawal was made
   * @throws NullPointerException if an argument other than {@code failureReason} is null
   * @throws IllegalArgumentException if {@code id} is blank, {@code diamonds} is not positive, or
   *     {@code failureReason} is blank
   */
  public Withdrawal(
      String id,
      long diamonds,
      Money amount,
      PayoutMethod payoutMethod,
      WithdrawalStatus status,
      Instant createdAt,
      Instant updatedAt,
      @Nullable String failureReason) {
    this.id = Strings.requireNonBlank(id, "id");
    if (diamonds < 1) throw new IllegalArgumentException("diamonds must be positive: " + diamonds);
    this.diamonds = diamonds;
    this.amount = Objects.requireNonNull(amount, "amount == null");
    this.payoutMethod = Objects.requireNonNull(payoutMethod, "payoutMethod == null");
    this.status = Objects.requireNonNull(status, "status == null");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt == null");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt == null");
    if (failureReason != null && Strings.isBlank(failureReason)) {
      throw new IllegalArgumentException("failureReason is blank");
    }
    this.failureReason = failureReason;
  }

  /**
   * {@return the withdrawal id (the reference of its {@link TransactionType#WITHDRAWAL}
   * transaction)}
   */
  public String id() {
    return id;
  }

  /** {@return the diamonds consumed; the remainder of the count asked for stayed in the wallet} */
  public long diamonds() {
    return diamonds;
  }

  /** {@return the money paid out} */
  public Money amount() {
    return amount;
  }

  /** {@return how the money is paid out} */
  public PayoutMethod payoutMethod() {
    return payoutMethod;
  }

  /**
   * {@return where the payout is; {@link WithdrawalStatus#UNKNOWN} for statuses newer than this
   * SDK}
   */
  public WithdrawalStatus status() {
    return status;
  }

  /** {@return when the withdrawal was made} */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@return when the status last changed (the creation time for a server that does not say)} */
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * {@return why a {@link WithdrawalStatus#FAILED} payout failed, as the server's wire name ({@code
   * payout_rejected}: the bank or PayPal refused it; {@code compliance_hold}: stopped by a review;
   * or a reason newer than this SDK), else null}
   */
  public @Nullable String failureReason() {
    return failureReason;
  }

  /**
   * {@return true once the withdrawal is settled: {@link WithdrawalStatus#PAID} or {@link
   * WithdrawalStatus#FAILED}}
   */
  public boolean isSettled() {
    return status == WithdrawalStatus.PAID || status == WithdrawalStatus.FAILED;
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
        && createdAt.equals(that.createdAt)
        && updatedAt.equals(that.updatedAt)
        && Objects.equals(failureReason, that.failureReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, diamonds, amount, payoutMethod, status, createdAt, updatedAt, failureReason);
  }

  @Override
  public String toString() {
    return "Withdrawal{id=" + id + ", diamonds=" + diamonds + ", amount=" + amount
        + ", payoutMethod=" + payoutMethod + ", status=" + status + ", createdAt=" + createdAt
        + ", updatedAt=" + updatedAt + (failureReason == null ? "" : ", failureReason=" + failureReason)
        + '}';
  }
}
