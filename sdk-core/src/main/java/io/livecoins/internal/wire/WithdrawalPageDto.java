package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import io.livecoins.Page;
import io.livecoins.wallet.Withdrawal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire form of {@code GET /v1/creator/withdrawals}: {@code {items: [Withdrawal], nextCursor}}. */
public final class WithdrawalPageDto {
  public @Nullable List<@Nullable WithdrawalDto> items;
  public @Nullable String nextCursor;

  /**
   * Maps to a validated page.
   *
   * @throws JsonDataException if {@code items} or an item's field is missing or null
   * @throws IllegalArgumentException if a field is invalid (including a blank cursor)
   */
  public Page<Withdrawal> toPage() {
    List<WithdrawalDto> dtos = Wire.requireList(items, "items");
    List<Withdrawal> withdrawals = new ArrayList<>(dtos.size());
    for (WithdrawalDto dto : dtos) withdrawals.add(dto.toWithdrawal());
    return new Page<>(withdrawals, nextCursor);
  }
}
