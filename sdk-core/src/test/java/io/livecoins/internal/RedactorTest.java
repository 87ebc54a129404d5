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
  void masksCardNumbersGroupedByNoBreakSpacesOrALocalesDashes() {
    // A provider's localized message (fr-FR groups with U+00A0 or U+202F).
    assertThat(Redactor.serverText("carte 4242\u00a04242\u00a04242\u00a04242 refusée"))
        .isEqualTo("carte ██ refusée");
    assertThat(Redactor.redact("Karte 4000\u202f0000\u202f0000\u202f0002")).doesNotContain("0000");
    assertThat(Redactor.redact("card 4242\u20134242\u20134242\u20134242")).doesNotContain("4242");
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

  @Test
  void masksAuthorizationValuesOfAnyScheme() {
    assertThat(Redactor.redact("Authorization: Basic dXNlcjpwYXNz")).doesNotContain("dXNlcjpwYXNz");
    assertThat(Redactor.redact("authorization=opaque-value-1")).doesNotContain("opaque-value-1");
  }

  @Test
  void masksSecretAssignmentsKeysAndJwts() {
    assertThat(Redactor.redact("url?access_token=abc123&x=1")).doesNotContain("abc123").contains("x=1");
    assertThat(Redactor.redact("password: hunter2")).doesNotContain("hunter2");
    assertThat(Redactor.redact("use sk_live_51HxAbCdEf0123 now")).doesNotContain("sk_live_51HxAbCdEf0123");
    assertThat(Redactor.redact("jwt eyJhbGciOi.eyJzdWIiOiJh.c2ln")).doesNotContain("eyJzdWIiOiJh");
  }

  @Test
  void serverTextLosesControlCharactersAndLongOpaqueRunsAndIsCapped() {
    String text = Redactor.serverText("line1\r\nline2\u001b[31m \u202egnp.exe key 9f8e7d6c5b4a39281706f5e4d3c2b1a0");
    assertThat(text).doesNotContain("\r").doesNotContain("\n").doesNotContain("\u001b").doesNotContain("\u202e");
    assertThat(text).contains("line1").contains("line2").doesNotContain("9f8e7d6c5b4a39281706f5e4d3c2b1a0");

    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 100_000; i++) huge.append('a');
    assertThat(Redactor.serverText(huge.toString())).hasSize(Redactor.MAX_SERVER_TEXT + 1).endsWith("…");
  }

  @Test
  void serverTextKeepsOrdinaryIdsSlugsAndUuids() {
    String text = "order ord_123 for stream-carol-leaderboard-2026-12-01 id 123e4567-e89b-12d3-a456-426614174000";
    assertThat(Redactor.serverText(text)).isEqualTo(text);
  }

  @Test
  void digitsGluedToAPathOrAWordAreNotACardNumber() {
    String path = "file /tmp/junit-6262143557940067518/pending.json and id_4242424242424242";
    assertThat(Redactor.redact(path)).isEqualTo(path);
    assertThat(Redactor.clientText(path)).isEqualTo(path);
  }

  @Test
  void aCardNumberDressedAsAnAllDigitUuidIsStillMasked() {
    assertThat(Redactor.redact("id 42424242-4242-4242-4242-424242424242"))
        .doesNotContain("4242-4242-4242-4242");
  }

  @Test
  void serverTextIsStableWhenCleanedTwice() {
    StringBuilder huge = new StringBuilder("card 4242 4242 4242 4242 ");
    for (int i = 0; i < 600; i++) huge.append('z');
    String once = Redactor.serverText(huge.toString());
    assertThat(Redactor.serverText(once)).isEqualTo(once);
  }

  @Test
  void identifiersAreCappedAndNullWhenBlank() {
    assertThat(Redactor.identifier(" \u0000 ")).isNull();
    assertThat(Redactor.identifier(null)).isNull();
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < 1000; i++) id.append('r');
    assertThat(Redactor.identifier(id.toString())).hasSize(Redactor.MAX_IDENTIFIER + 1);
    assertThat(Redactor.identifier("Bearer abc.def")).doesNotContain("abc.def");
  }

  @Test
  void redactTurnsControlCharactersIntoSpacesSoALoggedTextCannotForgeALine() {
    assertThat(Redactor.redact("ok\r\nINFO fake\u001b[31m\u2028x")).isEqualTo("ok  INFO fake [31m x");
    assertThat(Redactor.redact("card 4242\n4242\n4242\n4242")).doesNotContain("4242");
  }

  @Test
  void urlsLoseTheirQueryAndFragmentButKeepTheirPath() {
    assertThat(Redactor.redact("get https://cdn.example/a.webp?Signature=abc&x=1 now"))
        .isEqualTo("get https://cdn.example/a.webp?" + Redactor.MASK + " now");
    assertThat(Redactor.redact("{\"url\":\"https://pay.example/c/cs_1#k3y\"}"))
        .isEqualTo("{\"url\":\"https://pay.example/c/cs_1?" + Redactor.MASK + "\"}");
    assertThat(Redactor.redact("see https://docs.example/errors/x.")).isEqualTo("see https://docs.example/errors/x.");
    assertThat(Redactor.redact("myapp://livecoins/checkout-return?session=cs_1&result=paid"))
        .contains("session=cs_1&result=paid");
  }

  @Test
  void withoutMasksAKnownSecret() {
    assertThat(Redactor.without("echo demo-token-alice here", "demo-token-alice")).isEqualTo("echo ██ here");
    assertThat(Redactor.without("abc", "ab")).isEqualTo("abc"); // too short to mask safely
    assertThat(Redactor.without("abc", null)).isEqualTo("abc");
  }
}
