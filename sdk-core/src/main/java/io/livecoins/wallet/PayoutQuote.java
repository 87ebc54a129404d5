package io.livecoins.wallet;

import io.livecoins.Money;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a withdrawal of some diamonds would pay at a {@link PayoutRate}: the payout, the diamonds it
 * consumes, and the remainder that stays in the wallet (because the payout is rounded down to a
 * whole minor unit). Obtain from {@link Earnings#quote(long)} or {@link PayoutRate#quote(long)}.
 * Immutable and thread-safe.
 */
public final class PayoutQuote {
  private final long diamonds;
  private final Money amount;
  private final long diamondsConsumed;

  /**
   * Creates a quote.
   *
   * @param diamonds the diamonds asked for
   * @param amount the payout
   * @param diamondsConsumed the diamonds the payout consumes
   * @throws NullPointerException if {@code amount} is null
   * @throws IllegalArgumentException if a count is negative or more diamonds are consumed than
   *     asked for
   */
  public PayoutQuote(long diamonds, Money amount, long diamondsConsumed) {
    Objects.requireNonNull(amount, "amount == null");
    if (diamonds < 0) throw new IllegalArgumentException("diamonds < 0: " + diamonds);
    if (diamondsConsumed < 0) {
      throw new IllegalArgumentException("diamondsConsumed < 0: " + diamondsConsumed);
    }
    if (diamondsConsumed > diamonds) {
      throw new IllegalArgumentException(
          "diamondsConsumed > diamonds: " + diamondsConsumed + " > " + diamonds);
    }
    this.diamonds = diamonds;
    this.amount = amount;
    this.diamondsConsumed = diamondsConsumed;
  }

  /** {@return the diamonds asked for} */
  public long diamonds() {
    return diamonds;
  }

  /**
   * {@return the payout, rounded down to a whole minor unit; zero if too few diamonds were asked
   * for}
   */
  public Money amount() {
    return amount;
  }

  /** {@return the diamonds the payout consumes; at most {@link #diamonds()}} */
  public long diamondsConsumed() {
    return diamondsConsumed;
  }

  /** {@return the diamonds asked for but not consumed; they stay in the wallet} */
  public long remainderDiamonds() {
    return diamonds - diamondsConsumed;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof PayoutQuote)) return false;
    PayoutQuote that = (PayoutQuote) o;
    return diamonds == that.diamonds
        && diamondsConsumed == that.diamondsConsumed
        && amount.equals(that.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(diamonds, amount, diamondsConsumed);
  }

  @Override
  public String toString() {
    return "PayoutQuote{diamonds=" + diamonds + ", amount=" + amount + ", diamondsConsumed="
        + diamondsConsumed + ", remainderDiamonds=" + remainderDiamonds() + '}';
  }
}
