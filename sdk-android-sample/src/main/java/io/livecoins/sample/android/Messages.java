package io.livecoins.sample.android;

import io.livecoins.errors.AuthenticationException;
import io.livecoins.errors.BelowMinimumWithdrawalException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.CoinDebtException;
import io.livecoins.errors.InsufficientCoinsException;
import io.livecoins.errors.InsufficientDiamondsException;
import io.livecoins.errors.LimitExceededException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.PaymentCancelledException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.errors.PaymentUncertainException;
import io.livecoins.errors.PriceChangedException;
import io.livecoins.errors.RateLimitedException;
import io.livecoins.errors.ServerException;
import io.livecoins.recharge.CoinPackage;
import java.util.Locale;

/**
 * The text an app should show a person for each SDK failure: what happened, whether money moved, and
 * what to do next. Never the exception's log message (which is for developers).
 */
final class Messages {
  /** A dialog's title and body; {@code topUp} is the package to offer, if any. */
  static final class Text {
    final String title;
    final String message;
    final CoinPackage topUp;

    Text(String title, String message, CoinPackage topUp) {
      this.title = title;
      this.message = message;
      this.topUp = topUp;
    }
  }

  private Messages() {}

  /** Returns the dialog text for {@code error}, or null when nothing should be shown (the user cancelled). */
  static Text forError(LiveCoinsException error, Locale locale) {
    if (error instanceof PaymentCancelledException) return null;
    if (error instanceof PaymentDeclinedException) {
      return new Text("Payment declined", declineText((PaymentDeclinedException) error)
          + " You have not been charged.", null);
    }
    if (error instanceof CoinDebtException) { // before its supertype InsufficientCoinsException
      CoinDebtException e = (CoinDebtException) error;
      CoinPackage pack = e.suggestedPackage();
      String message = "A refunded purchase had already been spent: you owe " + e.debt() + " coins.";
      message += pack == null ? " Top up to keep sending gifts."
          : " Top up " + pack.totalCoins() + " coins for " + pack.price().format(locale) + " to keep sending gifts?";
      return new Text("Coins owed", message, pack);
    }
    if (error instanceof InsufficientCoinsException) {
      InsufficientCoinsException e = (InsufficientCoinsException) error;
      CoinPackage pack = e.suggestedPackage();
      String message = "This costs " + e.required() + " coins and you have " + e.balance() + ".";
      if (pack != null) {
        message += " Top up " + pack.totalCoins() + " coins for " + pack.price().format(locale) + "?";
      }
      return new Text("Not enough coins", message, pack);
    }
    if (error instanceof NetworkException) {
      String message = "You appear to be offline. Check your connection and try again.";
      if (error.effect() == Effect.UNKNOWN) {
        message += " If a purchase was under way, it will be completed automatically once you are back"
            + " online; you will not be charged twice.";
      }
      return new Text("No connection", message, null);
    }
    if (error instanceof PaymentUncertainException) {
      return new Text("Payment not confirmed yet",
          "We could not confirm your payment yet. If you were charged, your coins will be added"
              + " automatically; you will not be charged twice.", null);
    }
    if (error instanceof PriceChangedException) {
      return new Text("Price changed", "The price changed. Please check the new price and try again.", null);
    }
    if (error instanceof ForbiddenException) {
      String reason = ((ForbiddenException) error).reason();
      if ("age_restricted".equals(reason)) {
        return new Text("Not available", "Sending and receiving gifts is for adults only.", null);
      }
      if ("region_unavailable".equals(reason)) {
        return new Text("Not available", "Coins are not available in your region.", null);
      }
      if ("not_creator".equals(reason)) {
        return new Text("Not a creator", "Earnings and withdrawals are for creators.", null);
      }
      return new Text("Not allowed", "You are not allowed to do this.", null);
    }
    if (error instanceof BelowMinimumWithdrawalException) {
      return new Text("Amount too small", "The minimum withdrawal is "
          + ((BelowMinimumWithdrawalException) error).minimumDiamonds() + " diamonds.", null);
    }
    if (error instanceof InsufficientDiamondsException) {
      InsufficientDiamondsException e = (InsufficientDiamondsException) error;
      return new Text("Not enough diamonds", "You can withdraw up to " + e.balance() + " diamonds.", null);
    }
    if (error instanceof LimitExceededException) {
      return new Text("Daily limit reached", "You have reached today's withdrawal limit. Try again tomorrow.", null);
    }
    if (error instanceof RateLimitedException) {
      return new Text("Too many requests", "Please wait a moment and try again.", null);
    }
    if (error instanceof AuthenticationException) {
      return new Text("Signed out", "Your session has expired. Please sign in again.", null);
    }
    if (error instanceof ServerException) {
      return new Text("Service unavailable", "Something went wrong on our side. Please try again later.", null);
    }
    return new Text("Something went wrong", "Please try again later.", null);
  }

  private static String declineText(PaymentDeclinedException e) {
    switch (e.reason()) {
      case INSUFFICIENT_FUNDS:
        return "Your card has insufficient funds.";
      case EXPIRED_CARD:
        return "Your card has expired. Use another card.";
      case INCORRECT_CVC:
        return "The card's security code (CVC) is incorrect.";
      case PROCESSING_ERROR:
        return "The payment could not be processed. Try again in a moment.";
      case AUTHENTICATION_REQUIRED:
        return "Your bank needs you to verify this payment.";
      case DECLINED:
      default:
        return "Your card was declined. Try another card.";
    }
  }
}
