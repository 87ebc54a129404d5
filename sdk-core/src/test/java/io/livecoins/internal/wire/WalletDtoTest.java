package io.livecoins.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import io.livecoins.internal.json.JsonCodec;
import io.livecoins.wallet.Wallet;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WalletDtoTest {
  private final JsonCodec json = new JsonCodec();

  private WalletDto decode(String text) throws Exception {
    return json.decode(text.getBytes(StandardCharsets.UTF_8), WalletDto.class);
  }

  @Test
  void decodesAndMapsAWallet() throws Exception {
    Wallet wallet =
        decode("{\"userId\":\"bob\",\"coins\":1000,\"diamonds\":0,\"version\":7,\"extra\":1}")
            .toWallet();
    assertThat(wallet).isEqualTo(Wallet.builder().userId("bob").coins(1000).version(7).build());
  }

  @Test
  void missingOrNullFieldsFailWithTheFieldName() throws Exception {
    assertThatThrownBy(() -> decode("{\"userId\":\"bob\",\"coins\":1,\"diamonds\":0}").toWallet())
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("wallet.version");
    assertThatThrownBy(
            () -> decode("{\"userId\":null,\"coins\":1,\"diamonds\":0,\"version\":1}").toWallet())
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("wallet.userId");
  }

  @Test
  void negativeCountsAreRejected() throws Exception {
    assertThatThrownBy(
            () -> decode("{\"userId\":\"bob\",\"coins\":-1,\"diamonds\":0,\"version\":1}").toWallet())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void roundTripsThroughTheWireForm() throws Exception {
    Wallet wallet = Wallet.builder().userId("carol").diamonds(10000).version(3).build();
    byte[] bytes = json.encode(WalletDto.from(wallet), WalletDto.class);
    assertThat(json.decode(bytes, WalletDto.class).toWallet()).isEqualTo(wallet);
  }
}
