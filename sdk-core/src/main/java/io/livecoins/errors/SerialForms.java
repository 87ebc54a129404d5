package io.livecoins.errors;

import io.livecoins.Money;
import io.livecoins.recharge.CoinPackage;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Serialized forms of the value types some exceptions carry ({@link Money}, {@link CoinPackage}),
 * which are not themselves serializable: the exception keeps the value in a transient field and
 * this form beside it, and rebuilds the value (through its validating factory) when read back.
 */
final class SerialForms {
  private SerialForms() {}

  /** The serialized form of a {@link Money}. */
  static final class MoneyForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long amountMinor;
    private final String currency;

    private MoneyForm(Money money) {
      this.amountMinor = money.amountMinor();
      this.currency = money.currency();
    }

    static @Nullable MoneyForm of(@Nullable Money money) {
      return money == null ? null : new MoneyForm(money);
    }

    static @Nullable Money toMoney(@Nullable MoneyForm form) throws InvalidObjectException {
      if (form == null) return null;
      try {
        return Money.of(form.amountMinor, form.currency);
      } catch (RuntimeException e) {
        InvalidObjectException invalid = new InvalidObjectException("bad Money in stream");
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  /** The serialized form of a {@link CoinPackage}. */
  static final class CoinPackageForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String region;
    private final long coins;
    private final long bonusCoins;
    private final MoneyForm price;
    private final ArrayList<String> providers;

    private CoinPackageForm(CoinPackage coinPackage) {
      this.id = coinPackage.id();
      this.region = coinPackage.region();
      this.coins = coinPackage.coins();
      this.bonusCoins = coinPackage.bonusCoins();
      this.price = new MoneyForm(coinPackage.price());
      this.providers = new ArrayList<>(coinPackage.providers());
    }

    static @Nullable CoinPackageForm of(@Nullable CoinPackage coinPackage) {
      return coinPackage == null ? null : new CoinPackageForm(coinPackage);
    }

    static @Nullable CoinPackage toCoinPackage(@Nullable CoinPackageForm form)
        throws InvalidObjectException {
      if (form == null) return null;
      Money price = MoneyForm.toMoney(form.price);
      try {
        List<String> providers = form.providers;
        return CoinPackage.builder().id(form.id).region(form.region).coins(form.coins)
            .bonusCoins(form.bonusCoins).price(price).providers(providers).build();
      } catch (RuntimeException e) {
        InvalidObjectException invalid = new InvalidObjectException("bad CoinPackage in stream");
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
