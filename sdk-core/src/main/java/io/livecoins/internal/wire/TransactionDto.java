package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import io.livecoins.wallet.Transaction;
import io.livecoins.wallet.TransactionType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Wire form of {@code Transaction}: {@code {id, type, coins, diamonds, createdAt, reference}}. */
public final class TransactionDto {
  public @Nullable String id;
  public @Nullable TransactionType type;
  public @Nullable Long coins;
  public @Nullable Long diamonds;
  public @Nullable Instant createdAt;
  public @Nullable String reference;

  /**
   * Maps to the validated {@link Transaction}.
   *
   * @throws JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid
   */
  public Transaction toTransaction() {
    return Transaction.builder()
        .id(Wire.require(id, "transaction.id"))
        .type(Wire.require(type, "transaction.type"))
        .coins(Wire.require(coins, "transaction.coins"))
        .diamonds(Wire.require(diamonds, "transaction.diamonds"))
        .createdAt(Wire.require(createdAt, "transaction.createdAt"))
        .reference(Wire.require(reference, "transaction.reference"))
        .build();
  }
}
