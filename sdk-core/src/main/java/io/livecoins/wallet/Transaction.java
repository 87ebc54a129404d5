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

  private Transaction(Builder b) {
    this.id = Strings.requireNonBlank(b.id, "id");
    this.type = Objects.requireNonNull(b.type, "type == null");
    this.coins = b.coins;
    this.diamonds = b.diamonds;
    this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt == null");
    this.reference = Objects.requireNonNull(b.reference, "reference == null");
  }

  /**
   * Starts a transaction, for tests and fakes (the SDK reads real ones from the server).
   *
   * <pre>{@code
   * Transaction sent = Transaction.builder().id("tx_1").type(TransactionType.GIFT_SENT)
   *     .coins(-5).createdAt(now).reference("gr_1").build();
   * }</pre>
   *
   * @return a new builder with no id, type, time or reference, and no change of coins or diamonds
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this transaction's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.type = type;
    b.coins = coins;
    b.diamonds = diamonds;
    b.createdAt = createdAt;
    b.reference = reference;
    return b;
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

  /** Builds a {@link Transaction}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable TransactionType type;
    private long coins;
    private long diamonds;
    private @Nullable Instant createdAt;
    private @Nullable String reference;

    private Builder() {}

    /**
     * Sets the transaction id. Required.
     *
     * @param id the transaction id; not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets what kind of entry this is. Required.
     *
     * @param type the entry's kind; {@link TransactionType#UNKNOWN} for types newer than this SDK
     * @return this builder
     */
    public Builder type(TransactionType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the signed change of the coin balance.
     *
     * @param coins whole coins, negative for a debit; defaults to 0
     * @return this builder
     */
    public Builder coins(long coins) {
      this.coins = coins;
      return this;
    }

    /**
     * Sets the signed change of the diamond balance.
     *
     * @param diamonds whole diamonds, negative for a debit; defaults to 0
     * @return this builder
     */
    public Builder diamonds(long diamonds) {
      this.diamonds = diamonds;
      return this;
    }

    /**
     * Sets when the entry was booked. Required.
     *
     * @param createdAt the booking time
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets what caused the entry. Required.
     *
     * @param reference the order, gift receipt or withdrawal id, or a note for adjustments; may be
     *     empty, not null
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Builds the transaction.
     *
     * @return the transaction
     * @throws NullPointerException if the id, type, creation time or reference was not set
     * @throws IllegalArgumentException if the id is blank
     */
    public Transaction build() {
      return new Transaction(this);
    }
  }
}
