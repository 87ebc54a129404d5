package io.livecoins.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hosted checkout page value: its builder keeps the rules, copies the methods, hides the URL. */
final class CheckoutPageTest {
  private static final Instant EXPIRES = Instant.parse("2026-11-25T10:15:00Z");
  private static final CheckoutMethod PAYPAL = new CheckoutMethod("paypal", "PayPal", "WALLET");
  private static final CheckoutMethod CARD = new CheckoutMethod("card", "Card", "CARD");

  /** An open page offering PayPal and a card; each test changes one field. */
  private static CheckoutPage.Builder open() {
    return CheckoutPage.builder().sessionId("cs_1").orderId("ord_1").url("https://pay.example/checkout/cs_1")
        .status(CheckoutPage.Status.OPEN).methods(List.of(PAYPAL, CARD)).expiresAt(EXPIRES);
  }

  @Test
  void aBuiltPageHoldsItsFieldsAndComparesByValue() {
    CheckoutPage page = open().build();

    assertThat(page.sessionId()).isEqualTo("cs_1");
    assertThat(page.orderId()).isEqualTo("ord_1");
    assertThat(page.url()).isEqualTo("https://pay.example/checkout/cs_1");
    assertThat(page.status()).isEqualTo(CheckoutPage.Status.OPEN);
    assertThat(page.methods()).containsExactly(PAYPAL, CARD);
    assertThat(page.expiresAt()).isEqualTo(EXPIRES);
    assertThat(page.method()).isNull(); // optional fields default to null
    assertThat(page.failureReason()).isNull();
    assertThat(page).isEqualTo(open().build()).hasSameHashCodeAs(open().build());
    assertThat(page).isNotEqualTo(open().status(CheckoutPage.Status.PAID).method("paypal").build());
  }

  @Test
  void toStringLeavesOutTheUrl() {
    assertThat(open().build().toString()).contains("cs_1", "ord_1", "OPEN", "methods=2").doesNotContain("pay.example");
  }

  @Test
  void theMethodsAreCopiedAndUnmodifiable() {
    List<CheckoutMethod> methods = new ArrayList<>(List.of(PAYPAL));
    CheckoutPage.Builder builder = open().methods(methods);
    CheckoutPage page = builder.build();

    methods.add(CARD);

    assertThat(page.methods()).containsExactly(PAYPAL);
    assertThat(builder.build().methods()).containsExactly(PAYPAL, CARD); // the builder holds the caller's list
    assertThatThrownBy(() -> page.methods().add(CARD)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(open().methods(List.of()).build().methods()).isEmpty();
  }

  @Test
  void invalidFieldsAreRefusedWithTodaysMessages() {
    assertThatThrownBy(() -> open().sessionId(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sessionId is blank");
    assertThatThrownBy(() -> open().orderId("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderId is blank");
    assertThatThrownBy(() -> open().url(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url is blank");
    assertThatThrownBy(() -> open().methods(Arrays.asList(PAYPAL, null)).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("methods contains null");
  }

  @Test
  void aMissingRequiredFieldFailsNamingIt() {
    assertThatThrownBy(() -> open().sessionId(null).build()).isInstanceOf(NullPointerException.class)
        .hasMessage("sessionId == null");
    assertThatThrownBy(() -> open().orderId(null).build()).isInstanceOf(NullPointerException.class)
        .hasMessage("orderId == null");
    assertThatThrownBy(() -> open().url(null).build()).isInstanceOf(NullPointerException.class)
        .hasMessage("url == null");
    assertThatThrownBy(() -> open().status(null).build()).isInstanceOf(NullPointerException.class)
        .hasMessage("status == null");
    assertThatThrownBy(() -> open().methods(null).build()).isInstanceOf(NullPointerException.class)
        .hasMessage("methods == null");
    assertThatThrownBy(() -> open().expiresAt(null).build()).isInstanceOf(NullPointerException.class)
        .hasMessage("expiresAt == null");
    assertThatThrownBy(() -> CheckoutPage.builder().build()).isInstanceOf(NullPointerException.class)
        .hasMessage("sessionId == null");
  }

  @Test
  void toBuilderRoundTripsToAnEqualValue() {
    CheckoutPage page = open().status(CheckoutPage.Status.DECLINED).method("card").failureReason("insufficient_funds")
        .build();

    assertThat(page.toBuilder().build()).isEqualTo(page).hasSameHashCodeAs(page).isNotSameAs(page);
    CheckoutPage retried = page.toBuilder().status(CheckoutPage.Status.OPEN).method(null).failureReason(null).build();
    assertThat(retried).isEqualTo(open().build());
    assertThat(page.status()).isEqualTo(CheckoutPage.Status.DECLINED); // the original is unchanged
    assertThat(page.failureReason()).isEqualTo("insufficient_funds");
  }
}
