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
  /** The coins in the wallet when the request was refused. */
  private final long balance;
  /** The coins the refused operation needed. */
  private final long required;
  /** The coins to buy before retrying. */
  private final long shortfall;
  private transient @Nullable CoinPackage suggestedPackage;
  /** The serialized stand-in for the (non-serializable) suggested package; null when none. */
  private final SerialForms.@Nullable CoinPackageForm suggestedPackageForm;

  /**
   * Creates the exception. The values are taken as given; {@link CoinDebtException} checks its own.
   *
   * @param context the failure's context; its code becomes {@code "insufficient_coins"}
   * @param balance the coins in the wallet when the request was refused
   * @param required the coins the refused operation needed
   * @param shortfall the coins to buy before retrying, normally {@code required - balance}
   * @param suggestedPackage the smallest package that covers the shortfall, or null if unknown
   */
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

  /**
   * The balance the server saw when it refused the request.
   *
   * @return the coins in the wallet then (0 while a coin debt is open)
   */
  public long balance() {
    return balance;
  }

  /**
   * What the refused operation cost.
   *
   * @return the coins needed
   */
  public long required() {
    return required;
  }

  /**
   * How many coins to buy before retrying.
   *
   * @return the missing coins: {@code required - balance}, plus the debt for a {@link
   *     CoinDebtException}
   */
  public long shortfall() {
    return shortfall;
  }

  /**
   * A package to offer in a "top up" prompt.
   *
   * @return the smallest package of the catalog that covers {@link #shortfall()}, or null when the
   *     SDK could not find one
   */
  public @Nullable CoinPackage suggestedPackage() {
    return suggestedPackage;
  }

  /**
   * Returns a copy (of the same type) that suggests {@code coinPackage}, with the same context,
   * balance, required coins, shortfall and stack trace.
   *
   * @param coinPackage the package to offer for the top-up, or null for none
   * @return a new exception; this one is unchanged
   */
  public InsufficientCoinsException withSuggestedPackage(@Nullable CoinPackage coinPackage) {
    InsufficientCoinsException copy =
        new InsufficientCoinsException(context(), balance, required, shortfall, coinPackage);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * Reads the fields back and rebuilds the suggested package through its validating constructor.
   *
   * @param in the stream
   * @throws IOException if the stream cannot be read or holds an invalid value
   * @throws ClassNotFoundException if a class in the stream cannot be found
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    suggestedPackage = SerialForms.CoinPackageForm.toCoinPackage(suggestedPackageForm);
  }
}
