package io.livecoins.wallet;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link WalletApi#withdraw(long, PayoutMethod)}: the withdrawal and the wallet
 * right after it. Immutable and thread-safe.
 */
public final class WithdrawalResult {
  private final Withdrawal withdrawal;
  private final Wallet wallet;

  /**
   * Creates a result.
   *
   * @param withdrawal the withdrawal as created (usually PENDING until the payout settles)
   * @param wallet the creator's wallet as of the withdrawal (the consumed diamonds already debited)
   * @throws NullPointerException if an argument is null
   */
  public WithdrawalResult(Withdrawal withdrawal, Wallet wallet) {
    this.withdrawal = Objects.requireNonNull(withdrawal, "withdrawal == null");
    this.wallet = Objects.requireNonNull(wallet, "wallet == null");
  }

  /** {@return the withdrawal} */
  public Withdrawal withdrawal() {
    return withdrawal;
  }

  /** {@return the creator's wallet as of the withdrawal (the consumed diamonds already debited)} */
  public Wallet wallet() {
    return wallet;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof WithdrawalResult)) return false;
    WithdrawalResult that = (WithdrawalResult) o;
    return withdrawal.equals(that.withdrawal) && wallet.equals(that.wallet);
  }

  @Override
  public int hashCode() {
    return 31 * withdrawal.hashCode() + wallet.hashCode();
  }

  @Override
  public String toString() {
    return "WithdrawalResult{withdrawal=" + withdrawal + ", wallet=" + wallet + '}';
  }
}
