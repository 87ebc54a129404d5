package io.livecoins.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the mock server sells: regions with their currency, coin packages per region and gifts (the same
 * in every region). {@link #reference()} is the seed described in {@code docs/testing.md}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MockCatalog {
  private final Map<String, String> currencies;
  private final Map<String, List<CoinPackage>> packages;
  private final List<Gift> gifts;

  private MockCatalog(Builder b) {
    this.currencies = Collections.unmodifiableMap(new LinkedHashMap<>(b.currencies));
    Map<String, List<CoinPackage>> p = new LinkedHashMap<>();
    b.packages.forEach((region, list) -> p.put(region, List.copyOf(list)));
    this.packages = Collections.unmodifiableMap(p);
    this.gifts = List.copyOf(b.gifts);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised from this catalog} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.currencies.putAll(currencies);
    packages.forEach((region, list) -> b.packages.put(region, new ArrayList<>(list)));
    b.gifts.addAll(gifts);
    return b;
  }

  /**
   * {@return regions (ISO 3166 alpha-2) mapped to their currency (ISO 4217), in declaration order}
   */
  public Map<String, String> currencies() {
    return currencies;
  }

  /**
   * {@return the coin packages offered in {@code region} (empty for an unknown region)}
   *
   * @param region a region code, such as {@code "US"}
   */
  public List<CoinPackage> packages(String region) {
    return packages.getOrDefault(region, List.of());
  }

  /** {@return the gifts, in catalog order} */
  public List<Gift> gifts() {
    return gifts;
  }

  /**
   * {@return the gift with {@code id}, or {@code null}}
   *
   * @param id the gift id, such as {@code "rose"}
   */
  public Gift gift(String id) {
    for (Gift g : gifts) {
      if (g.id().equals(id)) {
        return g;
      }
    }
    return null;
  }

  /**
   * {@return the reference seed: eight regions, seven packages each, twelve gifts with their tiers, animation
   * files and sounds (see {@code docs/testing.md})}
   */
  public static MockCatalog reference() {
    Builder b = builder();
    String[] ids = {"coins-70", "coins-350", "coins-700", "coins-1400", "coins-3500", "coins-7000",
        "coins-17500"};
    long[] coins = {70, 350, 700, 1400, 3500, 7000, 17500};
    long[] bonus = {0, 0, 35, 70, 175, 350, 875};
    Object[][] regions = {
        {"US", "USD", new long[] {99, 499, 999, 1999, 4999, 9999, 24999}},
        {"GB", "GBP", new long[] {89, 449, 899, 1799, 4499, 8999, 21999}},
        {"DE", "EUR", new long[] {99, 499, 999, 1999, 4999, 9999, 24999}},
        {"JP", "JPY", new long[] {160, 800, 1600, 3200, 8000, 16000, 40000}},
        {"KR", "KRW", new long[] {1400, 7000, 14000, 28000, 70000, 140000, 350000}},
        {"ID", "IDR", new long[] {1600000, 8000000, 16000000, 32000000, 80000000, 160000000,
            400000000}},
        {"KW", "KWD", new long[] {300, 1500, 3000, 6000, 15000, 30000, 75000}},
        {"BH", "BHD", new long[] {370, 1880, 3760, 7520, 18800, 37600, 94000}},
    };
    for (Object[] r : regions) {
      String region = (String) r[0];
      String currency = (String) r[1];
      long[] prices = (long[]) r[2];
      b.region(region, currency);
      List<String> providers = new ArrayList<>(List.of("sandbox", "card", "paypal"));
      if (region.equals("US")) {
        providers.add("google_play");
      }
      if (region.equals("ID")) {
        providers.add("ovo");
      }
      providers.add("web"); // the hosted checkout page (PayPal, e-wallets, bank transfers)
      for (int i = 0; i < ids.length; i++) {
        b.addPackage(region, new CoinPackage(ids[i], coins[i], bonus[i], prices[i], providers));
      }
    }
    Object[][] gifts = {
        {"rose", "Rose", 1L}, {"tiktok", "TikTok", 1L}, {"finger-heart", "Finger Heart", 5L},
        {"perfume", "Perfume", 20L}, {"doughnut", "Doughnut", 30L}, {"confetti", "Confetti", 100L},
        {"sunglasses", "Sunglasses", 199L}, {"corgi", "Corgi", 299L}, {"money-gun", "Money Gun", 500L},
        {"galaxy", "Galaxy", 1000L}, {"lion", "Lion", 29999L}, {"universe", "Universe", 34999L},
    };
    for (Object[] g : gifts) {
      b.addGift(new Gift((String) g[0], (String) g[1], (Long) g[2]));
    }
    // The top tier: a Lottie animation first (a platform without a Lottie player falls back to the next);
    // the universe has only its Lottie file, so such a platform shows a placeholder.
    b.addGift(b.gift("lion").withAssets("lion.json", "lion.webp", "lion.gif", "lion.png"));
    b.addGift(b.gift("universe").withAssets("universe.json"));
    return b.build();
  }

  /** Builds a {@link MockCatalog}; not thread-safe. */
  public static final class Builder {
    private final Map<String, String> currencies = new LinkedHashMap<>();
    private final Map<String, List<CoinPackage>> packages = new LinkedHashMap<>();
    private final List<Gift> gifts = new ArrayList<>();

    private Builder() {}

    /**
     * Declares (or redeclares) {@code region} with its {@code currency}.
     *
     * @param region the region code, two capital letters, such as {@code "US"}
     * @param currency its ISO 4217 currency code, such as {@code "USD"}
     * @return this builder
     */
    public Builder region(String region, String currency) {
      Objects.requireNonNull(region, "region == null");
      Objects.requireNonNull(currency, "currency == null");
      if (!region.matches("[A-Z]{2}") || !currency.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("bad region/currency: " + region + "/" + currency);
      }
      currencies.put(region, currency);
      packages.computeIfAbsent(region, r -> new ArrayList<>());
      return this;
    }

    /**
     * Removes {@code region} and its packages.
     *
     * @param region the region code to remove
     * @return this builder
     */
    public Builder removeRegion(String region) {
      currencies.remove(region);
      packages.remove(region);
      return this;
    }

    /**
     * Adds (or replaces, by id) a package in a declared {@code region}.
     *
     * @param region a region declared with {@link #region(String, String)}
     * @param coinPackage the package
     * @return this builder
     */
    public Builder addPackage(String region, CoinPackage coinPackage) {
      Objects.requireNonNull(coinPackage, "coinPackage == null");
      List<CoinPackage> list = packages.get(region);
      if (list == null) {
        throw new IllegalArgumentException("undeclared region " + region);
      }
      list.removeIf(p -> p.id().equals(coinPackage.id()));
      list.add(coinPackage);
      return this;
    }

    /**
     * Adds (or replaces, by id) a gift.
     *
     * @param gift the gift
     * @return this builder
     */
    public Builder addGift(Gift gift) {
      Objects.requireNonNull(gift, "gift == null");
      gifts.removeIf(g -> g.id().equals(gift.id()));
      gifts.add(gift);
      return this;
    }

    private Gift gift(String id) {
      for (Gift g : gifts) {
        if (g.id().equals(id)) {
          return g;
        }
      }
      throw new IllegalArgumentException("no gift " + id);
    }

    /**
     * Removes every gift.
     *
     * @return this builder
     */
    public Builder clearGifts() {
      gifts.clear();
      return this;
    }

    /**
     * Builds the immutable catalog.
     *
     * @return the catalog
     */
    public MockCatalog build() {
      return new MockCatalog(this);
    }
  }

  /** A coin package in one region; its price is in that region's currency. Immutable. */
  public static final class CoinPackage {
    private final String id;
    private final long coins;
    private final long bonusCoins;
    private final long priceMinor;
    private final List<String> providers;

    /**
     * A package {@code id} of {@code coins} (+ {@code bonusCoins}) costing {@code priceMinor} minor units,
     * payable through {@code providers}.
     *
     * @param priceMinor the price in minor units of the region's currency
     * @param providers payment provider ids that may pay for this package
     * @param id the package id, such as {@code "coins-700"}
     * @param coins the coins bought
     * @param bonusCoins the extra coins credited on top; 0 for none
     */
    public CoinPackage(String id, long coins, long bonusCoins, long priceMinor, List<String> providers) {
      this.id = Objects.requireNonNull(id, "id == null");
      if (coins <= 0 || bonusCoins < 0 || priceMinor < 0) {
        throw new IllegalArgumentException("bad package " + id);
      }
      this.coins = coins;
      this.bonusCoins = bonusCoins;
      this.priceMinor = priceMinor;
      this.providers = List.copyOf(providers);
    }

    /** {@return the package id, such as {@code "coins-700"}} */
    public String id() {
      return id;
    }

    /** {@return the coins bought} */
    public long coins() {
      return coins;
    }

    /** {@return the extra coins credited on top of {@link #coins()}} */
    public long bonusCoins() {
      return bonusCoins;
    }

    /** {@return the price in minor units of the region's currency} */
    public long priceMinor() {
      return priceMinor;
    }

    /** {@return payment provider ids that may pay for this package} */
    public List<String> providers() {
      return providers;
    }

    @Override
    public String toString() {
      return "CoinPackage{" + id + ", coins=" + coins + "+" + bonusCoins + ", price=" + priceMinor + "}";
    }
  }

  /**
   * A gift: its coin cost and how it is shown (tier, animation files, sound). The files are names of the
   * asset files bundled with the mock (see {@link MockAssets#files()}); the server describes them (URL,
   * media type, size, SHA-256, dimensions, duration) in the catalog and in feed events. Immutable.
   */
  public static final class Gift {
    private final String id;
    private final String name;
    private final long coinCost;
    private final int tier;
    private final List<String> assetFiles;
    private final String soundFile;

    /**
     * A gift {@code id} named {@code name} costing {@code coinCost} coins per unit, shown with the
     * defaults: the tier of its cost ({@link #tierOf(long)}), the bundled {@code <id>.webp}, {@code
     * <id>.gif} and {@code <id>.png} (the generic {@code gift.*} files when none is bundled for this id),
     * and {@code chime.wav} from tier 3 on.
     *
     * @param id the gift id, such as {@code "rose"}
     * @param name the display name, such as {@code "Rose"}
     * @param coinCost the coins one of this gift costs
     */
    public Gift(String id, String name, long coinCost) {
      this(id, name, coinCost, tierOf(coinCost), defaultFiles(Objects.requireNonNull(id, "id == null")),
          tierOf(coinCost) >= 3 ? "chime.wav" : null);
    }

    private Gift(String id, String name, long coinCost, int tier, List<String> assetFiles, String soundFile) {
      this.id = Objects.requireNonNull(id, "id == null");
      this.name = Objects.requireNonNull(name, "name == null");
      if (coinCost <= 0) {
        throw new IllegalArgumentException("coinCost <= 0: " + coinCost);
      }
      if (tier < 1) {
        throw new IllegalArgumentException("tier < 1: " + tier);
      }
      this.coinCost = coinCost;
      this.tier = tier;
      this.assetFiles = List.copyOf(assetFiles);
      for (String file : this.assetFiles) {
        io.livecoins.testing.internal.GiftAssets.Asset a = io.livecoins.testing.internal.GiftAssets.get(file);
        if (a == null || a.sound()) {
          throw new IllegalArgumentException("not a bundled animation file: " + file);
        }
      }
      if (soundFile != null) {
        io.livecoins.testing.internal.GiftAssets.Asset a = io.livecoins.testing.internal.GiftAssets.get(soundFile);
        if (a == null || !a.sound()) {
          throw new IllegalArgumentException("not a bundled sound file: " + soundFile);
        }
      }
      this.soundFile = soundFile;
    }

    /**
     * {@return the default tier of a gift costing {@code coinCost}: 1 below 10 coins, 2 below 100, 3 below
     * 500, 4 below 10,000, else 5}
     *
     * @param coinCost coins per unit
     */
    public static int tierOf(long coinCost) {
      return coinCost < 10 ? 1 : coinCost < 100 ? 2 : coinCost < 500 ? 3 : coinCost < 10_000 ? 4 : 5;
    }

    private static List<String> defaultFiles(String id) {
      String base = io.livecoins.testing.internal.GiftAssets.get(id + ".png") != null ? id : "gift";
      return List.of(base + ".webp", base + ".gif", base + ".png");
    }

    /**
     * {@return a copy of this gift with tier {@code tier}}
     *
     * @param tier at least 1
     */
    public Gift withTier(int tier) {
      return new Gift(id, name, coinCost, tier, assetFiles, soundFile);
    }

    /**
     * {@return a copy of this gift shown with {@code files}, best first}
     *
     * @param files names of bundled animation or image files, such as {@code "rose.webp"}; at least one
     */
    public Gift withAssets(String... files) {
      if (files.length == 0) {
        throw new IllegalArgumentException("a gift needs at least one animation file");
      }
      return new Gift(id, name, coinCost, tier, List.of(files), soundFile);
    }

    /**
     * {@return a copy of this gift played with the sound {@code file}}
     *
     * @param file the name of a bundled sound file, such as {@code "chime.wav"}, or null for no sound
     */
    public Gift withSound(String file) {
      return new Gift(id, name, coinCost, tier, assetFiles, file);
    }

    /** {@return the gift id, such as {@code "rose"}} */
    public String id() {
      return id;
    }

    /** {@return the display name, such as {@code "Rose"}} */
    public String name() {
      return name;
    }

    /** {@return the coins one of this gift costs} */
    public long coinCost() {
      return coinCost;
    }

    /** {@return the tier, 1 (everyday) to 5 (full screen)} */
    public int tier() {
      return tier;
    }

    /** {@return the bundled animation files, best first} */
    public List<String> assetFiles() {
      return assetFiles;
    }

    /** {@return the bundled sound file, or null} */
    public String soundFile() {
      return soundFile;
    }

    @Override
    public String toString() {
      return "Gift{" + id + ", coinCost=" + coinCost + ", tier=" + tier + ", assets=" + assetFiles
          + (soundFile != null ? ", sound=" + soundFile : "") + "}";
    }
  }
}
