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
  void moneyRoundTrips() {
    Sample s = new Sample();
    s.price = Money.of(300, "KWD");
    assertThat(new String(json.encode(s, Sample.class), StandardCharsets.UTF_8))
        .isEqualTo("{\"price\":{\"amountMinor\":300,\"currency\":\"KWD\"}}");
  }
}
