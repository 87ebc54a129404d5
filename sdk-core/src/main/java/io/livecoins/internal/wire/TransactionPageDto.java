package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import io.livecoins.Page;
import io.livecoins.wallet.Transaction;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire form of a transaction page: {@code {items: [Transaction], nextCursor}}. */
public final class TransactionPageDto {
  public @Nullable List<@Nullable TransactionDto> items;
  public @Nullable String nextCursor;

  /**
   * Maps to a validated page.
   *
   * @throws JsonDataException if {@code items} or an item's field is missing or null
   * @throws IllegalArgumentException if a field is invalid (including a blank cursor)
   */
  public Page<Transaction> toPage() {
    List<TransactionDto> dtos = Wire.requireList(items, "items");
    List<Transaction> transactions = new ArrayList<>(dtos.size());
    for (TransactionDto dto : dtos) transactions.add(dto.toTransaction());
    return new Page<>(transactions, nextCursor);
  }
}
