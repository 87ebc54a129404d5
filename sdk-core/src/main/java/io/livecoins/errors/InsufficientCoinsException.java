package io.livecoins.errors;

import io.livecoins.recharge.CoinPackage;
import java.io.IOException;
import java.io.ObjectInputStream;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 402 {@code insufficient_coins}: the wallet cannot cover a gift. Nothing was debited. Carries
 * the balance, the coins required, the shortfall and, when the SDK could find one, the smallest
 * coin package that covers the shortfall, for a "top up" prompt.
 *
 * <p>A {@link CoinDebtException} is the case where a coin debt blocks spending; it carries the same
 * fields, so code that catches this type shows the right top-up prompt for it too.
 */
public class InsufficientCoinsException extends BalanceException {
  private static final long serialVersionUID = 2L;
  private final long balance;
  private final long required;
  private final long shortfall;
  private transient @Nullable CoinPackage suggestedPackage;
  // The serialized stand-in for the (non-serializable) package.
  private final SerialForms.@Nullable CoinPackageForm suggestedPackageForm;

  /** Creates the exception. */
  public InsufficientCoinsException(
      ErrorContext context,
      long balance,
      long required,
      long shortfall,
      @Nullable CoinPackage suggestedPackage) {
    super("insufficient_coins", context, null);
    this.balance = balance;
    this.required = required;
    this.shortfall = shortfall;
    this.suggestedPackage = suggestedPackage;
    this.suggestedPackageForm = SerialForms.CoinPackageForm.of(suggestedPackage);
  }

  /** Coins in the wallet when the request was refused. */
  public long balance() {
    return balance;
  }

  /** Coins the operation needed. */
  public long required() {
    return required;
  }

  /** {@code required - balance}: coins to buy before retrying. */
  public long shortfall() {
    return shortfall;
  }

  /** The smallest package of the catalog that covers {@link #shortfall()}, or null if unknown. */
  public @Nullable CoinPackage suggestedPackage() {
    return suggestedPackage;
  }

  /** Returns a copy (of the same type) that suggests {@code coinPackage}. */
  public InsufficientCoinsException withSuggestedPackage(@Nullable CoinPackage coinPackage) {
    InsufficientCoinsException copy =
        new InsufficientCoinsException(context(), balance, required, shortfall, coinPackage);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    suggestedPackage = SerialForms.CoinPackageForm.toCoinPackage(suggestedPackageForm);
  }
}
