package io.livecoins.internal.wire;

import io.livecoins.Money;
import org.jspecify.annotations.Nullable;

/** Wire form of {@code SetSpendingLimitRequest}: {@code {kind, limit?, limitCoins?}}; neither clears. */
public final class SetLimitRequestDto {
  public @Nullable String kind;
  public @Nullable Money limit;
  public @Nullable Long limitCoins;

  /** Returns the request for {@code kind} with at most one of the amounts. */
  public static SetLimitRequestDto of(String kind, @Nullable Money limit, @Nullable Long limitCoins) {
    SetLimitRequestDto dto = new SetLimitRequestDto();
    dto.kind = kind;
    dto.limit = limit;
    dto.limitCoins = limitCoins;
    return dto;
  }
}
