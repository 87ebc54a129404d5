package io.livecoins.internal.wire;

import org.jspecify.annotations.Nullable;

/** Body of {@code POST /v1/creator/withdrawals}: {@code {diamonds, payoutMethod}}. */
public final class WithdrawRequestDto {
  public @Nullable Long diamonds;
  /** The lowercase wire name ({@code bank}, {@code paypal}). */
  public @Nullable String payoutMethod;

  /** Creates a body. */
  public static WithdrawRequestDto of(long diamonds, String payoutMethod) {
    WithdrawRequestDto dto = new WithdrawRequestDto();
    dto.diamonds = diamonds;
    dto.payoutMethod = payoutMethod;
    return dto;
  }
}
