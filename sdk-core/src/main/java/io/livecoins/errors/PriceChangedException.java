package io.livecoins.errors;

import io.livecoins.Money;
import java.io.IOException;
import java.io.ObjectInputStream;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 409 {@code price_changed}: the price or coin cost the user saw no longer matches the
 * catalog. Nothing was charged; refresh the catalog and ask the user again.
 */
public final class PriceChangedException extends PaymentException {
  private static final long serialVersionUID = 2L;
  private transient @Nullable Money expectedPrice;
  private transient @Nullable Money currentPrice;
  private final @Nullable Long expectedCoinCost;
  private final @Nullable Long currentCoinCost;
  // Serialized stand-ins for the (non-serializable) prices.
  private final SerialForms.@Nullable MoneyForm expectedPriceForm;
  private final SerialForms.@Nullable MoneyForm currentPriceForm;

  /** Creates the exception; price fields are set for orders, coin-cost fields for gifts. */
  public PriceChangedException(
      ErrorContext context,
      @Nullable Money expectedPrice,
      @Nullable Money currentPrice,
      @Nullable Long expectedCoinCost,
      @Nullable Long currentCoinCost) {
    super("price_changed", context, null);
    this.expectedPrice = expectedPrice;
    this.currentPrice = currentPrice;
    this.expectedCoinCost = expectedCoinCost;
    this.currentCoinCost = currentCoinCost;
    this.expectedPriceForm = SerialForms.MoneyForm.of(expectedPrice);
    this.currentPriceForm = SerialForms.MoneyForm.of(currentPrice);
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

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    expectedPrice = SerialForms.MoneyForm.toMoney(expectedPriceForm);
    currentPrice = SerialForms.MoneyForm.toMoney(currentPriceForm);
  }
}
