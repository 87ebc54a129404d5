package io.livecoins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class RedactorTest {
  @Test
  void masksPaymentTokensInJson() {
    String out = Redactor.redact("{\"paymentToken\":\"sbx1.o1.ok.abcdef12\",\"x\":1}");
    assertThat(out).doesNotContain("abcdef12").doesNotContain("sbx1.o1").contains("\"x\":1");
  }

  @Test
  void masksCardNumbersInAnyShape() {
    assertThat(Redactor.redact("card 4242 4242 4242 4242 ok")).doesNotContain("4242 4242");
    assertThat(Redactor.redact("card=4000-0000-0000-0002")).doesNotContain("0002");
    assertThat(Redactor.redact("amex 378282246310005")).doesNotContain("378282246310005");
  }

  @Test
  void masksBearerTokens() {
    assertThat(Redactor.redact("Authorization: Bearer abc.def-123")).doesNotContain("abc.def-123");
    assertThat(Redactor.headerValue("authorization", "Bearer x")).isEqualTo(Redactor.MASK);
  }

  @Test
  void leavesOrdinaryNumbersAlone() {
    assertThat(Redactor.redact("{\"coins\":1400,\"version\":12}"))
        .isEqualTo("{\"coins\":1400,\"version\":12}");
  }
}
