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

  private Withdrawal(Builder b) {
    this.id = Strings.requireNonBlank(b.id, "id");
    if (b.diamonds < 1) throw new IllegalArgumentException("diamonds must be positive: " + b.diamonds);
    this.diamonds = b.diamonds;
    this.amount = Objects.requireNonNull(b.amount, "amount == null");
    this.payoutMethod = Objects.requireNonNull(b.payoutMethod, "payoutMethod == null");
    this.status = Objects.requireNonNull(b.status, "status == null");
    this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt == null");
    this.updatedAt = b.updatedAt != null ? b.updatedAt : b.createdAt;
    if (b.failureReason != null && Strings.isBlank(b.failureReason)) {
      throw new IllegalArgumentException("failureReason is blank");
    }
    this.failureReason = b.failureReason;
  }

  /**
   * Starts a withdrawal, for tests and fakes (the SDK reads real ones from the server).
   *
   * <pre>{@code
   * Withdrawal pending = Withdrawal.builder().id("wd_1").diamonds(2100)
   *     .amount(Money.of(1050, "USD")).payoutMethod(PayoutMethod.BANK)
   *     .status(WithdrawalStatus.PENDING).createdAt(now).build();
   * }</pre>
   *
   * @return a new builder with none of the required fields set, no last status change (it defaults
   *     to the creation time) and no failure reason
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this withdrawal's values, to derive a changed copy (such as the same
   * withdrawal once paid).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.diamonds = diamonds;
    b.amount = amount;
    b.payoutMethod = payoutMethod;
    b.status = status;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.failureReason = failureReason;
    return b;
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

  /** Builds a {@link Withdrawal}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private long diamonds;
    private @Nullable Money amount;
    private @Nullable PayoutMethod payoutMethod;
    private @Nullable WithdrawalStatus status;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;
    private @Nullable String failureReason;

    private Builder() {}

    /**
     * Sets the withdrawal id. Required.
     *
     * @param id the withdrawal id (the reference of its {@link TransactionType#WITHDRAWAL}
     *     transaction); not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the diamonds consumed. Required: there is no default that {@link #build()} accepts.
     *
     * @param diamonds whole diamonds, at least 1; the remainder of the count asked for stayed in
     *     the wallet
     * @return this builder
     */
    public Builder diamonds(long diamonds) {
      this.diamonds = diamonds;
      return this;
    }

    /**
     * Sets the money paid out. Required.
     *
     * @param amount the payout, in the payout currency's minor units
     * @return this builder
     */
    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets how the money is paid out. Required.
     *
     * @param payoutMethod the payout method; {@link PayoutMethod#UNKNOWN} for methods newer than
     *     this SDK
     * @return this builder
     */
    public Builder payoutMethod(PayoutMethod payoutMethod) {
      this.payoutMethod = payoutMethod;
      return this;
    }

    /**
     * Sets where the payout is. Required.
     *
     * @param status the status; {@link WithdrawalStatus#UNKNOWN} for statuses newer than this SDK
     * @return this builder
     */
    public Builder status(WithdrawalStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets when the withdrawal was made. Required.
     *
     * @param createdAt the creation time
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets when the status last changed.
     *
     * @param updatedAt the last status change, or null (the default) for the creation time
     * @return this builder
     */
    public Builder updatedAt(@Nullable Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Sets why a {@link WithdrawalStatus#FAILED} payout failed.
     *
     * @param failureReason the server's wire name (an open set: {@code payout_rejected}, {@code
     *     compliance_hold}, or newer), not blank; null (the default) when the payout did not fail
     * @return this builder
     */
    public Builder failureReason(@Nullable String failureReason) {
      this.failureReason = failureReason;
      return this;
    }

    /**
     * Builds the withdrawal.
     *
     * @return the withdrawal
     * @throws NullPointerException if the id, amount, payout method, status or creation time was
     *     not set
     * @throws IllegalArgumentException if the id is blank, the diamonds are not positive, or the
     *     failure reason is blank
     */
    public Withdrawal build() {
      return new Withdrawal(this);
    }
  }
}
