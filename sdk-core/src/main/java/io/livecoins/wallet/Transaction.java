package io.livecoins.wallet;

import io.livecoins.internal.Strings;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the wallet's history: what happened, the signed change of coins and diamonds, when,
 * and the id of what caused it (an order, a gift receipt, a withdrawal, or a note). Immutable and
 * thread-safe.
 */
public final class Transaction {
  private final String id;
  private final TransactionType type;
  private final long coins;
  private final long diamonds;
  private final Instant createdAt;
  private final String reference;

  /**
   * Creates a transaction.
   *
   * @param coins the signed change of the coin balance (negative for a debit)
   * @param diamonds the signed change of the diamond balance (negative for a debit)
   * @param reference the order, gift receipt or withdrawal id, or a note; may be empty
   * @param id the transaction id
   * @param type what kind of entry this is; {@link TransactionType#UNKNOWN} for types newer than
   *     this SDK
   * @param createdAt when the entry was booked
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public Transaction(
      String id,
      TransactionType type,
      long coins,
      long diamonds,
      Instant createdAt,
      String reference) {
    this.id = Strings.requireNonBlank(id, "id");
    this.type = Objects.requireNonNull(type, "type == null");
    this.coins = coins;
    this.diamonds = diamonds;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt == null");
    this.reference = Objects.requireNonNull(reference, "reference == null");
  }

  /** {@return the transaction id} */
  public String id() {
    return id;
  }

  /**
   * {@return what kind of entry this is; {@link TransactionType#UNKNOWN} for types newer than this
   * SDK}
   */
  public TransactionType type() {
    return type;
  }

  /** {@return the signed change of the coin balance} */
  public long coins() {
    return coins;
  }

  /** {@return the signed change of the diamond balance} */
  public long diamonds() {
    return diamonds;
  }

  /** {@return when the entry was booked} */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@return the order, gift receipt or withdrawal id, or a note for adjustments} */
  public String reference() {
    return reference;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Transaction)) return false;
    Transaction that = (Transaction) o;
    return coins == that.coins
        && diamonds == that.diamonds
        && id.equals(that.id)
        && type == that.type
        && createdAt.equals(that.createdAt)
        && reference.equals(that.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, coins, diamonds, createdAt, reference);
  }

  @Override
  public String toString() {
    return "Transaction{id=" + id + ", type=" + type + ", coins=" + coins + ", diamonds=" + diamonds
        + ", createdAt=" + createdAt + ", reference=" + reference + '}';
  }
}
