package io.livecoins.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.Money;
import io.livecoins.testlog.CapturedLogs;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sandbox provider and its test cards: Luhn, token grammar, outcomes, recovery, no card data out. */
final class SandboxPaymentProviderTest {
  private static final String TOKEN = "sbx1\\.ord_1\\.%s\\.[A-Za-z0-9]{8,32}";
  private final SandboxPaymentProvider provider = new SandboxPaymentProvider();

  private static PaymentRequest request(PaymentMethod method) {
    return PaymentRequest.builder().orderId("ord_1").packageId("coins-700").coins(735)
        .price(Money.of(999, "USD")).region("US").method(method).build();
  }

  private String outcomeOf(TestCard card) {
    PaymentResult result = provider.authorize(request(card));
    assertThat(result.outcome()).isEqualTo(PaymentResult.Outcome.AUTHORIZED);
    String token = result.token();
    assertThat(token).matches("sbx1\\.ord_1\\.[a-z0-9_-]+\\.[A-Za-z0-9]{8,32}");
    return token.split("\\.")[2];
  }

  @Test
  void referenceCardsMapToTheContractsOutcomes() {
    assertThat(outcomeOf(TestCard.VISA)).isEqualTo("ok");
    assertThat(outcomeOf(TestCard.MASTERCARD)).isEqualTo("ok");
    assertThat(outcomeOf(TestCard.AMEX)).isEqualTo("ok");
    assertThat(outcomeOf(TestCard.DECLINED)).isEqualTo("decline-declined");
    assertThat(outcomeOf(TestCard.INSUFFICIENT_FUNDS)).isEqualTo("decline-insufficient_funds");
    assertThat(outcomeOf(TestCard.EXPIRED_CARD)).isEqualTo("decline-expired_card");
    assertThat(outcomeOf(TestCard.INCORRECT_CVC)).isEqualTo("decline-incorrect_cvc");
    assertThat(outcomeOf(TestCard.PROCESSING_ERROR)).isEqualTo("decline-processing_error");
    assertThat(outcomeOf(TestCard.AUTHENTICATION_REQUIRED)).isEqualTo("decline-authentication_required");
    assertThat(outcomeOf(TestCard.AUTHENTICATION_REQUIRED.withThreeDSecureCompleted())).isEqualTo("ok");
    assertThat(outcomeOf(TestCard.of("5555 5555 5555 4444"))).isEqualTo("ok");
    assertThat(outcomeOf(TestCard.of("4000-0000-0000-9995"))).isEqualTo("decline-insufficient_funds");
    assertThat(outcomeOf(TestCard.of("3782 822463 10005"))).isEqualTo("ok");
  }

  @Test
  void behavioursMapToPendingAndFlakyOutcomes() {
    assertThat(outcomeOf(TestCard.VISA.pendingFor(3))).isEqualTo("pending-3");
    assertThat(outcomeOf(TestCard.VISA.failingConfirmations(1))).isEqualTo("flaky-1");
    assertThat(provider.authorize(request(TestCard.VISA.cancelledByUser())))
        .isEqualTo(PaymentResult.cancelled());
  }

  @Test
  void tokensHaveFreshRandomNonces() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 50; i++) tokens.add(provider.authorize(request(TestCard.VISA)).token());
    assertThat(tokens).hasSize(50);
  }

  @Test
  void unknownOutcomeCanBeRecoveredLater() {
    PaymentResult result = provider.authorize(request(TestCard.VISA.outcomeUnknown()));

    assertThat(result.outcome()).isEqualTo(PaymentResult.Outcome.UNKNOWN);
    assertThat(result.token()).isNull();
    assertThat(provider.recoverAuthorization("ord_1")).matches(String.format(TOKEN, "ok"));
    assertThat(provider.recoverAuthorization("ord_2")).isNull();
  }

  @Test
  void invalidNumbersAreRejectedWithoutEchoingThem() {
    assertThatThrownBy(() -> TestCard.of("4242 4242 4242 4241"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Luhn")
        .hasMessageNotContaining("4241");
    assertThatThrownBy(() -> TestCard.of("4242")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TestCard.of("4242x4242x4242x4242")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TestCard.of(null)).isInstanceOf(NullPointerException.class);
    assertThat(TestCard.isLuhnValid("4242424242424242")).isTrue();
    assertThat(TestCard.isLuhnValid("4242424242424241")).isFalse();
    assertThat(TestCard.isLuhnValid("")).isFalse();
  }

  @Test
  void behavioursNeedASucceedingCardAndBoundedCounts() {
    assertThatThrownBy(() -> TestCard.DECLINED.pendingFor(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TestCard.VISA.pendingFor(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TestCard.VISA.pendingFor(11)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TestCard.VISA.failingConfirmations(6)).isInstanceOf(IllegalArgumentException.class);
    assertThat(TestCard.VISA.pendingFor(10).tokenOutcome()).isEqualTo("pending-10");
  }

  @Test
  void checkMethodAcceptsOnlyTestCards() {
    provider.checkMethod(TestCard.VISA);
    assertThatThrownBy(() -> provider.checkMethod(PaymentMethod.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(provider.authorize(request(PaymentMethod.none())).outcome())
        .isEqualTo(PaymentResult.Outcome.DECLINED);
    assertThat(provider.id()).isEqualTo("sandbox");
  }

  @Test
  void cardNumbersAndTokensNeverAppearInTextOrLogs() {
    try (CapturedLogs logs = CapturedLogs.start()) {
      TestCard card = TestCard.of("5555 5555 5555 4444");
      PaymentResult result = provider.authorize(request(card));

      assertThat(card.toString()).contains("4444").doesNotContain("5555555555554444").doesNotContain("5555 5555");
      assertThat(result.toString()).doesNotContain(result.token());
      assertThat(request(card).toString()).doesNotContain("5555");
      assertThat(String.join("\n", logs.lines())).doesNotContain("5555555555554444").doesNotContain(result.token());
    }
  }

  @Test
  void paymentResultsValidateAndCompare() {
    assertThatThrownBy(() -> PaymentResult.authorized(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaymentResult.authorized(new String(new char[2049]).replace('\0', 'a')))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PaymentResult.declined(DeclineReason.EXPIRED_CARD).declineReason()).isEqualTo(DeclineReason.EXPIRED_CARD);
    assertThat(PaymentResult.unknown("x").outcome()).isEqualTo(PaymentResult.Outcome.UNKNOWN);
    assertThat(PaymentResult.authorized("t1")).isEqualTo(PaymentResult.authorized("t1"));
    assertThatThrownBy(() -> request(PaymentMethod.none()).toBuilder().coins(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
