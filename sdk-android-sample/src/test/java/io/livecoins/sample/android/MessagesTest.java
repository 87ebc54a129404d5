package io.livecoins.sample.android;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.errors.CoinDebtException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.InsufficientCoinsException;
import io.livecoins.Money;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.PaymentCancelledException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.payment.DeclineReason;
import io.livecoins.recharge.CoinPackage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.junit.Test;

/** The texts a person sees; plain JUnit 4 (no Android needed). */
public class MessagesTest {
  private static final CoinPackage SEVENTY =
      CoinPackage.builder().id("coins-70").region("US").coins(70).price(Money.of(99, "USD"))
          .providers(Arrays.asList("sandbox")).build();

  @Test
  public void declineNamesTheReasonAndSaysNothingWasCharged() {
    Messages.Text text = Messages.forError(
        new PaymentDeclinedException(
            ErrorContext.builder().message("x").httpStatus(402).build(), DeclineReason.INSUFFICIENT_FUNDS, "ord_1"),
        Locale.US);
    assertThat(text.title).isEqualTo("Payment declined");
    assertThat(text.message).isEqualTo("Your card has insufficient funds. You have not been charged.");
    assertThat(text.topUp).isNull();
  }

  @Test
  public void insufficientCoinsOffersTheSuggestedPackageInTheUsersLocale() {
    Messages.Text text = Messages.forError(
        new InsufficientCoinsException(
            ErrorContext.builder().message("x").httpStatus(402).build(), 3, 20, 17, SEVENTY),
        Locale.GERMANY);
    assertThat(text.title).isEqualTo("Not enough coins");
    assertThat(text.message).isEqualTo("This costs 20 coins and you have 3. Top up 70 coins for 0,99\u00a0$?");
    assertThat(text.topUp).isEqualTo(SEVENTY);
  }

  @Test
  public void offlineWithAnUnknownOutcomePromisesNoDoubleCharge() {
    Messages.Text text = Messages.forError(
        new NetworkException(ErrorContext.of("x", Effect.UNKNOWN), new IOException("reset")), Locale.US);
    assertThat(text.title).isEqualTo("No connection");
    assertThat(text.message).contains("completed automatically").contains("not be charged twice");
  }

  @Test
  public void aCancelledPaymentShowsNoDialog() {
    assertThat(Messages.forError(
        new PaymentCancelledException(ErrorContext.of("x", Effect.NOT_APPLIED), "ord_1"), Locale.US)).isNull();
  }

  @Test
  public void aCoinDebtSaysWhyAndOffersATopUpCoveringIt() {
    Messages.Text text = Messages.forError(
        new CoinDebtException(ErrorContext.builder().message("x").httpStatus(402).build(), 60, 0, 1, SEVENTY),
        Locale.US);
    assertThat(text.title).isEqualTo("Coins owed");
    assertThat(text.message).isEqualTo("A refunded purchase had already been spent: you owe 60 coins."
        + " Top up 70 coins for $0.99 to keep sending gifts?");
    assertThat(text.topUp).isEqualTo(SEVENTY);
  }
}
