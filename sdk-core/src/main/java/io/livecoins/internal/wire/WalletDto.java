package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import io.livecoins.wallet.Wallet;
import org.jspecify.annotations.Nullable;

/** Wire form of {@code Wallet}: {@code {userId, coins, diamonds, version}}. */
public final class WalletDto {
  public @Nullable String userId;
  public @Nullable Long coins;
  public @Nullable Long diamonds;
  public @Nullable Long version;
  public @Nullable Long coinDebt;

  /**
   * Maps to the validated {@link Wallet}.
   *
   * @throws JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid (blank user id, negative count)
   */
  public Wallet toWallet() {
    return Wallet.builder()
        .userId(Wire.require(userId, "wallet.userId"))
        .coins(Wire.require(coins, "wallet.coins"))
        .diamonds(Wire.require(diamonds, "wallet.diamonds"))
        .version(Wire.require(version, "wallet.version"))
        .coinDebt(coinDebt == null ? 0 : coinDebt)
        .build();
  }

  /** Returns the wire form of {@code wallet}. */
  public static WalletDto from(Wallet wallet) {
    WalletDto dto = new WalletDto();
    dto.userId = wallet.userId();
    dto.coins = wallet.coins();
    dto.diamonds = wallet.diamonds();
    dto.version = wallet.version();
    if (wallet.coinDebt() > 0) dto.coinDebt = wallet.coinDebt();
    return dto;
  }
}
