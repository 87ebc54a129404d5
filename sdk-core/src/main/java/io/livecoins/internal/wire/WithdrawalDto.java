package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import io.livecoins.Money;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.Withdrawal;
import io.livecoins.wallet.WithdrawalStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Wire form of {@code Withdrawal}: {@code {id, diamonds, amount, payoutMethod, status, createdAt,
 * updatedAt?, failureReason?}}.
 * {@code payoutMethod} is a lowercase wire name ({@code bank}, {@code paypal}), so it is a string
 * here, not an enum.
 */
public final class WithdrawalDto {
  public @Nullable String id;
  public @Nullable Long diamonds;
  public @Nullable Money amount;
  public @Nullable String payoutMethod;
  public @Nullable WithdrawalStatus status;
  public @Nullable Instant createdAt;
  public @Nullable Instant updatedAt;
  public @Nullable String failureReason;

  /**
   * Maps to the validated {@link Withdrawal}; an unknown payout method or status maps to {@code
   * UNKNOWN}.
   *
   * @throws JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid
   */
  public Withdrawal toWithdrawal() {
    Instant created = Wire.require(createdAt, "withdrawal.createdAt");
    Instant updated = updatedAt != null ? updatedAt : created;
    if (updated.isBefore(created)) {
      throw new IllegalArgumentException("withdrawal.updatedAt is before its createdAt");
    }
    return Withdrawal.builder()
        .id(Wire.require(id, "withdrawal.id"))
        .diamonds(Wire.require(diamonds, "withdrawal.diamonds"))
        .amount(Wire.require(amount, "withdrawal.amount"))
        .payoutMethod(
            PayoutMethod.fromWireName(Wire.require(payoutMethod, "withdrawal.payoutMethod")))
        .status(Wire.require(status, "withdrawal.status"))
        .createdAt(created)
        .updatedAt(updated)
        .failureReason(failureReason)
        .build();
  }
}
