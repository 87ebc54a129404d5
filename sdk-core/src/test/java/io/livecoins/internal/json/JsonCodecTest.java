package io.livecoins.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import io.livecoins.Money;
import io.livecoins.payment.DeclineReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class JsonCodecTest {
  private final JsonCodec json = new JsonCodec();

  public static final class Sample {
    public Money price;
    public Instant at;
    public DeclineReason reason;
  }

  private Sample decode(String text) throws Exception {
    return json.decode(text.getBytes(StandardCharsets.UTF_8), Sample.class);
  }

  @Test
  void decodesMoneyInstantsAndEnums() throws Exception {
    Sample s =
        decode(
            "{\"price\":{\"amountMinor\":99,\"currency\":\"USD\"},\"at\":\"2026-11-25T10:00:00Z\","
                + "\"reason\":\"insufficient_funds\",\"unknownField\":[1,2,3]}");
    assertThat(s.price).isEqualTo(Money.of(99, "USD"));
    assertThat(s.at).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    assertThat(s.reason).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS);
  }

  @Test
  void anOffsetDateTimeIsNormalisedToUtc() throws Exception {
    assertThat(decode("{\"at\":\"2026-11-25T11:00:00+01:00\"}").at)
        .isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
  }

  @Test
  void anUnknownEnumValueFallsBackToUnknown() throws Exception {
    assertThat(decode("{\"reason\":\"brand_new_reason\"}").reason).isEqualTo(DeclineReason.UNKNOWN);
  }

  @Test
  void invalidMoneyIsADataError() {
    assertThatThrownBy(() -> decode("{\"price\":{\"amountMinor\":-1,\"currency\":\"USD\"}}"))
        .isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> decode("{\"price\":{\"amountMinor\":1.5,\"currency\":\"USD\"}}"))
        .isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> decode("{\"price\":{\"amountMinor\":1e30,\"currency\":\"USD\"}}"))
        .isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> decode("{\"price\":{\"amountMinor\":1,\"currency\":\"ZZZ\"}}"))
        .isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> decode("{\"price\":{\"currency\":\"USD\"}}"))
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void invalidInstantsAndEnumTypesAreDataErrors() {
    assertThatThrownBy(() -> decode("{\"at\":\"yesterday\"}")).isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> decode("{\"reason\":42}")).isInstanceOf(JsonDataException.class);
  }

  @Test
  void aNameTwiceInOneObjectIsADataErrorWhereverItIs() {
    // Which of two equal names wins differs between JSON parsers: a proxy may check one value and
    // the app would show the other (a currency swapped from USD to KWD, a balance, a user id).
    assertThatThrownBy(() -> decode("{\"reason\":\"declined\",\"reason\":\"insufficient_funds\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(
            () -> decode("{\"price\":{\"amountMinor\":1000,\"currency\":\"USD\",\"currency\":\"KWD\"}}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("currency");
    assertThatThrownBy(() -> decode("{\"at\":\"2026-11-25T10:00:00Z\",\"\\u0061t\":\"2026-11-26T10:00:00Z\"}"))
        .as("a name spelled with an escape is the same name")
        .isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> decode("{\"unknownField\":[{\"a\":1,\"a\":2}]}"))
        .as("in an ignored field too")
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void theNameScanTellsNamesFromStringValuesAndFollowsEscapesAndNesting() throws Exception {
    // A string value equal to a name, the same name in a nested or sibling object, names in arrays.
    JsonCodec.checkNamesUnique(utf8("{\"a\":\"a\",\"b\":\"a\",\"c\":{\"a\":{\"a\":[\"a\",\"a\"]}},"
        + "\"d\":[{\"a\":1},{\"a\":2}],\"e\":\"\\\"a\\\":\",\"f\":\"{\\\"a\\\":1,\\\"a\\\":2}\"}"));

    assertThatThrownBy(() -> JsonCodec.checkNamesUnique(utf8("{\"a\":{\"b\":[1,{\"c\":2}]},\"a\":3}")))
        .as("a name again after a nested object")
        .isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> JsonCodec.checkNamesUnique(utf8("{\"q\\\"x\":1,\"q\\\"x\":2}")))
        .as("an escaped quote inside a name")
        .isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> JsonCodec.checkNamesUnique(utf8("{\"caf\u00e9\":1,\"caf\\u00e9\":2}")))
        .as("UTF-8 and an escape spelling the same name")
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void anObjectWithManyNamesIsCheckedWholeAndItsNestedObjectsApart() throws Exception {
    StringBuilder many = new StringBuilder("{");
    for (int n = 0; n < 40; n++) many.append("\"n").append(n).append("\":{\"n").append(n).append("\":1},");
    String distinct = many + "\"last\":0}";
    String repeated = many + "\"n3\":0}";

    JsonCodec.checkNamesUnique(utf8(distinct));
    assertThatThrownBy(() -> JsonCodec.checkNamesUnique(utf8(repeated)))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("n3");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void deepNestingInAnIgnoredFieldIsADataErrorNotAStackOverflow() {
    String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    assertThatThrownBy(() -> decode("{\"unknownField\":" + deep + "}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Nesting too deep");
    String deepArrays = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> decode("{\"unknownField\":" + deepArrays + "}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Nesting too deep");
  }

  @Test
  void theSameNameInSeparateObjectsIsFine() throws Exception {
    Sample s =
        decode(
            "{\"price\":{\"amountMinor\":99,\"currency\":\"USD\"},"
                + "\"unknownField\":[{\"currency\":\"EUR\"},{\"currency\":\"GBP\",\"x\":{\"currency\":1}}]}");
    assertThat(s.price).isEqualTo(Money.of(99, "USD"));
  }

  @Test
  void moneyRoundTrips() {
    Sample s = new Sample();
    s.price = Money.of(300, "KWD");
    assertThat(new String(json.encode(s, Sample.class), StandardCharsets.UTF_8))
        .isEqualTo("{\"price\":{\"amountMinor\":300,\"currency\":\"KWD\"}}");
  }
}
