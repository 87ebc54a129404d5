package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import io.livecoins.wallet.WithdrawalResult;
import org.jspecify.annotations.Nullable;

/** Response of {@code POST /v1/creator/withdrawals}: {@code {withdrawal, wallet}}. */
public final class WithdrawResponseDto {
  public @Nullable WithdrawalDto withdrawal;
  public @Nullable WalletDto wallet;

  /**
   * Maps to the validated {@link WithdrawalResult}.
   *
   * @throws JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid
   */
  public WithdrawalResult toResult() {
    return new WithdrawalResult(
        Wire.require(withdrawal, "withdrawal").toWithdrawal(),
        Wire.require(wallet, "wallet").toWallet());
  }
}
