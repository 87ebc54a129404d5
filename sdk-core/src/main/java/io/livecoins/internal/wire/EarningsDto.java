package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import io.livecoins.Money;
import io.livecoins.wallet.Earnings;
import io.livecoins.wallet.PayoutRate;
import org.jspecify.annotations.Nullable;

/**
 * Wire form of {@code Earnings}: {@code {diamonds, withdrawableDiamonds, minimumWithdrawalDiamonds,
 * payoutRate: {diamonds, amount}, dailyLimit, dailyRemaining}}.
 */
public final class EarningsDto {
  public @Nullable Long diamonds;
  public @Nullable Long withdrawableDiamonds;
  public @Nullable Long minimumWithdrawalDiamonds;
  public @Nullable PayoutRateDto payoutRate;
  public @Nullable Money dailyLimit;
  public @Nullable Money dailyRemaining;

  /** Wire form of {@code PayoutRate}: {@code {diamonds, amount}}. */
  public static final class PayoutRateDto {
    public @Nullable Long diamonds;
    public @Nullable Money amount;

    /**
     * Maps to the validated {@link PayoutRate}.
     *
     * @throws JsonDataException if a field is missing or null
     * @throws IllegalArgumentException if a field is not positive
     */
    public PayoutRate toPayoutRate() {
      return new PayoutRate(
          Wire.require(diamonds, "payoutRate.diamonds"), Wire.require(amount, "payoutRate.amount"));
    }
  }

  /**
   * Maps to the validated {@link Earnings}.
   *
   * @throws JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid
   */
  public Earnings toEarnings() {
    return Earnings.builder()
        .diamonds(Wire.require(diamonds, "diamonds"))
        .withdrawableDiamonds(Wire.require(withdrawableDiamonds, "withdrawableDiamonds"))
        .minimumWithdrawalDiamonds(
            Wire.require(minimumWithdrawalDiamonds, "minimumWithdrawalDiamonds"))
        .payoutRate(Wire.require(payoutRate, "payoutRate").toPayoutRate())
        .dailyLimit(Wire.require(dailyLimit, "dailyLimit"))
        .dailyRemaining(Wire.require(dailyRemaining, "dailyRemaining"))
        .build();
  }
}
