package io.livecoins.sample.jvm;

import io.livecoins.errors.BelowMinimumWithdrawalException;
import io.livecoins.errors.CoinDebtException;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.InsufficientCoinsException;
import io.livecoins.errors.InsufficientDiamondsException;
import io.livecoins.errors.LimitExceededException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.errors.PaymentCancelledException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.errors.PaymentUncertainException;
import io.livecoins.errors.PriceChangedException;
import io.livecoins.recharge.CoinPackage;
import java.util.Locale;

/**
 * Turns the SDK's typed errors into sentences for the user. Every error says whether money may
 * have moved ({@code effect()}); the typed subclasses carry what a message needs.
 */
final class Errors {
  private Errors() {}

  static String describe(LiveCoinsException e, Locale locale) {
    // Before its supertype InsufficientCoinsException.
    if (e instanceof CoinDebtException debt) {
      return "a refunded purchase had already been spent: you owe " + debt.debt()
          + " coins; top up to keep sending gifts";
    }
    if (e instanceof InsufficientCoinsException ic) {
      String text = "not enough coins: you have " + ic.balance() + ", this needs " + ic.required()
          + " (" + ic.shortfall() + " short)";
      CoinPackage pack = ic.suggestedPackage();
      return pack == null ? text
          : text + "; top up with " + pack.id() + " (" + pack.totalCoins() + " coins for "
              + pack.price().format(locale) + ")";
    }
    if (e instanceof PaymentDeclinedException pd) {
      return "card declined (" + pd.reason().wireName() + "): nothing was charged";
    }
    if (e instanceof PaymentCancelledException) return "payment cancelled: nothing was charged";
    if (e instanceof PaymentUncertainException) {
      return "the payment's outcome is not known yet; the app finishes it with resumePending()";
    }
    if (e instanceof ForbiddenException f) {
      if ("not_creator".equals(f.reason())) return "only creators have earnings (this user is not one)";
      return "not allowed" + (f.reason() == null ? "" : " (" + f.reason() + ")");
    }
    if (e instanceof NotFoundException nf) {
      return "no such " + (nf.resource() == null ? "item" : nf.resource());
    }
    if (e instanceof BelowMinimumWithdrawalException b) {
      return "below the minimum withdrawal of " + b.minimumDiamonds() + " diamonds";
    }
    if (e instanceof InsufficientDiamondsException d) {
      return "not enough diamonds: " + d.balance() + " withdrawable, " + d.required() + " asked";
    }
    if (e instanceof LimitExceededException l) {
      return "over today's payout limit"
          + (l.remaining() == null ? "" : " (" + l.remaining().format(locale) + " left today)");
    }
    if (e instanceof PriceChangedException) return "the price changed: refresh the catalog and try again";
    if (e instanceof NetworkException) {
      return "cannot reach the server" + (e.mayHaveTakenEffect()
          ? " (the request may have gone through: retrying is safe, it is never applied twice)" : "");
    }
    return e.getMessage();
  }
}
