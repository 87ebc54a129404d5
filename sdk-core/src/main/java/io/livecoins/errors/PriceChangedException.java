package io.livecoins.errors;

import io.livecoins.Money;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 409 {@code price_changed}: the price or coin cost the user saw no longer matches the
 * catalog. Nothing was charged; refresh the catalog and ask the user again.
 */
public final class PriceChangedException extends LiveCoinsException {
  private static final long serialVersionUID = 1L;
  private final @Nullable Money expectedPrice;
  private final @Nullable Money currentPrice;
  private final @Nullable Long expectedCoinCost;
  private final @Nullable Long currentCoinCost;

  /** Creates the exception; price fields are set for orders, coin-cost fields for gifts. */
  public PriceChangedException(
      String message,
      @Nullable Money expectedPrice,
      @Nullable Money currentPrice,
      @Nullable Long expectedCoinCost,
      @Nullable Long currentCoinCost,
      @Nullable String requestId) {
    super("price_changed", message, 409, requestId, Effect.NOT_APPLIED, null);
    this.expectedPrice = expectedPrice;
    this.currentPrice = currentPrice;
    this.expectedCoinCost = expectedCoinCost;
    this.currentCoinCost = currentCoinCost;
  }

  /** The package price the client sent, for recharge orders. */
  public @Nullable Money expectedPrice() {
    return expectedPrice;
  }

  /** The package price now in the catalog, for recharge orders. */
  public @Nullable Money currentPrice() {
    return currentPrice;
  }

  /** The per-gift coin cost the client sent, for gifts. */
  public @Nullable Long expectedCoinCost() {
    return expectedCoinCost;
  }

  /** The per-gift coin cost now in the catalog, for gifts. */
  public @Nullable Long currentCoinCost() {
    return currentCoinCost;
  }
}
