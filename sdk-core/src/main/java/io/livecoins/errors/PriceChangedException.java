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
  /** The per-gift coin cost the client sent; null for recharge orders or when not reported. */
  private final @Nullable Long expectedCoinCost;
  /** The per-gift coin cost now in the catalog; null for recharge orders or when not reported. */
  private final @Nullable Long currentCoinCost;
  /** The serialized stand-in for the (non-serializable) expected price; null when there is none. */
  private final SerialForms.@Nullable MoneyForm expectedPriceForm;
  /** The serialized stand-in for the (non-serializable) current price; null when there is none. */
  private final SerialForms.@Nullable MoneyForm currentPriceForm;

  /**
   * Creates the exception; price fields are set for orders, coin-cost fields for gifts.
   *
   * @param context the failure's context; its code becomes {@code "price_changed"}
   * @param expectedPrice the package price the client sent, or null (gifts, or not reported)
   * @param currentPrice the package price now in the catalog, or null (gifts, or not reported)
   * @param expectedCoinCost the per-gift coin cost the client sent, or null (orders, or not
   *     reported)
   * @param currentCoinCost the per-gift coin cost now in the catalog, or null (orders, or not
   *     reported)
   */
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

  /**
   * The package price the user saw and the client sent, for recharge orders.
   *
   * @return the exact price in minor units and currency; null for gifts or when the server did not
   *     say
   */
  public @Nullable Money expectedPrice() {
    return expectedPrice;
  }

  /**
   * The package price now in the catalog, to show the user before asking again.
   *
   * @return the exact price in minor units and currency; null for gifts or when the server did not
   *     say
   */
  public @Nullable Money currentPrice() {
    return currentPrice;
  }

  /**
   * The per-gift coin cost the user saw and the client sent, for gifts.
   *
   * @return the cost in coins per gift; null for recharge orders or when the server did not say
   */
  public @Nullable Long expectedCoinCost() {
    return expectedCoinCost;
  }

  /**
   * The per-gift coin cost now in the catalog, to show the user before asking again.
   *
   * @return the cost in coins per gift; null for recharge orders or when the server did not say
   */
  public @Nullable Long currentCoinCost() {
    return currentCoinCost;
  }

  /**
   * Reads the fields back and rebuilds the prices through {@code Money.of}.
   *
   * @param in the stream
   * @throws IOException if the stream cannot be read or holds an invalid value
   * @throws ClassNotFoundException if a class in the stream cannot be found
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    expectedPrice = SerialForms.MoneyForm.toMoney(expectedPriceForm);
    currentPrice = SerialForms.MoneyForm.toMoney(currentPriceForm);
  }
}
