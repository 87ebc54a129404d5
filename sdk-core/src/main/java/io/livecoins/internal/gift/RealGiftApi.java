package io.livecoins.internal.gift;

import com.squareup.moshi.JsonDataException;
import io.livecoins.Call;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.InsufficientCoinsException;
import io.livecoins.errors.InvalidRequestException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.errors.PriceChangedException;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftApi;
import io.livecoins.gift.GiftReceipt;
import io.livecoins.gift.GiftCombo;
import io.livecoins.gift.GiftComboListener;
import io.livecoins.gift.GiftEventListener;
import io.livecoins.gift.GiftFeed;
import io.livecoins.gift.LeaderboardEntry;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.internal.Strings;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.ApiRequest;
import io.livecoins.internal.http.FlowCall;
import io.livecoins.internal.http.Urls;
import io.livecoins.internal.wallet.WalletCache;
import io.livecoins.internal.wire.GiftCatalogDto;
import io.livecoins.internal.wire.LeaderboardDto;
import io.livecoins.internal.wire.SendGiftRequestDto;
import io.livecoins.internal.wire.SendGiftResponseDto;
import io.livecoins.internal.wire.WalletDto;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.RechargeApi;
import io.livecoins.wallet.Wallet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gift API over the pipeline: a per-region catalog cache with a TTL (emptied on {@code
 * price_changed}), the send flow (with a suggested top-up package on {@code insufficient_coins}),
 * combos, leaderboards and the SSE gift feed. Thread-safe.
 */
public final class RealGiftApi implements GiftApi {
  static final Logger log = LoggerFactory.getLogger("io.livecoins.gift");
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");
  static final String SEND_PATH = "/v1/gifts/send";
  /** The cache key of the account's catalog (asked for without a region). */
  private static final String ACCOUNT_REGION = "";

  private final ApiClient api;
  private final WalletCache wallets;
  private final RechargeApi recharge;
  private final @Nullable String defaultRegion; // null: the account's (no region on the wire)
  private final Duration catalogTtl;
  private final Duration comboWindow;
  private final Map<String, CachedCatalog> catalogs = new ConcurrentHashMap<>();
  // Bumped by invalidateCatalog(): a fetch that started before an invalidation is not cached.
  private final AtomicLong catalogGeneration = new AtomicLong();
  // What close() stops. Combos leave the set when they finish; closed feeds are pruned when the
  // next feed opens.
  private final Set<RealGiftFeed> feeds = ConcurrentHashMap.newKeySet();
  private final Set<RealGiftCombo> combos = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * Creates the API. {@code recharge} is the client's recharge API: suggested top-up packages come
   * from its coin catalog of the default region.
   */
  public RealGiftApi(
      ApiClient api,
      WalletCache wallets,
      RechargeApi recharge,
      @Nullable String defaultRegion,
      Duration catalogTtl,
      Duration comboWindow) {
    this.api = Objects.requireNonNull(api, "api == null");
    this.wallets = Objects.requireNonNull(wallets, "wallets == null");
    this.recharge = Objects.requireNonNull(recharge, "recharge == null");
    this.defaultRegion = defaultRegion == null ? null : checkRegion(defaultRegion);
    this.catalogTtl = Objects.requireNonNull(catalogTtl, "catalogTtl == null");
    this.comboWindow = Objects.requireNonNull(comboWindow, "comboWindow == null");
  }

  // ---------------------------------------------------------------- catalog

  @Override
  public Call<List<Gift>> catalog(String region) {
    String checked = checkRegion(region);
    checkOpen();
    return new FlowCall<>(api, false, call -> catalog(call, checked));
  }

  @Override
  public Call<List<Gift>> catalog() {
    if (defaultRegion != null) return catalog(defaultRegion);
    checkOpen();
    return new FlowCall<>(api, false, call -> catalog(call, null));
  }

  @Override
  public void invalidateCatalog() {
    catalogGeneration.incrementAndGet();
    catalogs.clear();
  }

  /** The catalog from the cache if fresh, else fetched (as a step of {@code call}) and cached. */
  private List<Gift> catalog(FlowCall<?> call, @Nullable String region) {
    String key = region == null ? ACCOUNT_REGION : region;
    CachedCatalog cached = catalogs.get(key);
    long now = api.clock().millis();
    if (cached != null && now - cached.fetchedAtMillis < catalogTtl.toMillis()
        && now >= cached.fetchedAtMillis) {
      return cached.gifts;
    }
    long generation = catalogGeneration.get();
    List<Gift> gifts =
        call.step(
            api.newCall(
                ApiRequest.get(
                    region == null ? "/v1/gifts" : "/v1/gifts?region=" + Urls.queryValue(region),
                    (body, json) -> json.decode(body, GiftCatalogDto.class).toGifts(region))));
    if (!catalogTtl.isZero()) {
      CachedCatalog fresh = new CachedCatalog(gifts, api.clock().millis());
      catalogs.put(key, fresh);
      // An invalidation raced with the fetch: its answer may carry the old prices.
      if (catalogGeneration.get() != generation) catalogs.remove(key, fresh);
    }
    return gifts;
  }

  // ---------------------------------------------------------------- send

  @Override
  public Call<SendGiftResult> send(Gift gift, String recipientId, String streamId, int quantity) {
    Objects.requireNonNull(gift, "gift == null");
    checkSend(recipientId, streamId, quantity);
    totalCost(gift, quantity);
    checkOpen();
    ApiRequest<SendGiftResult> request = sendRequest(gift, recipientId, streamId, quantity);
    return new FlowCall<>(api, true, call -> send(call, request));
  }

  @Override
  public Call<SendGiftResult> send(String giftId, String recipientId, String streamId, int quantity) {
    Strings.requireNonBlank(giftId, "giftId");
    checkSend(recipientId, streamId, quantity);
    checkOpen();
    // Chosen now, so that retries and clones of this call reuse it.
    String idempotencyKey = ApiRequest.newIdempotencyKey();
    // The request, frozen the first time the catalog resolves the gift: every retry and every
    // clone from then on sends these bytes under this key, whatever the catalog says by then, so
    // that a clone of an UNKNOWN send is answered with the committed result (issue #11).
    AtomicReference<ApiRequest<SendGiftResult>> frozen = new AtomicReference<>();
    return new FlowCall<>(
        api,
        true,
        call -> {
          ApiRequest<SendGiftResult> request = frozen.get();
          if (request == null) {
            Gift gift = resolve(call, giftId, quantity);
            frozen.compareAndSet(
                null, sendRequest(gift, recipientId, streamId, quantity, null, idempotencyKey));
            request = frozen.get();
          }
          return send(call, request);
        });
  }

  /** The gift {@code giftId} of the default region's catalog; typed errors if absent or too dear. */
  private Gift resolve(FlowCall<?> call, String giftId, int quantity) {
    Gift gift = null;
    for (Gift candidate : catalog(call, defaultRegion)) {
      if (candidate.id().equals(giftId)) gift = candidate;
    }
    if (gift == null) {
      throw new NotFoundException(
          ErrorContext.builder()
              .message("gift " + giftId + " is not in the "
                  + (defaultRegion == null ? "account's" : defaultRegion) + " catalog")
              .httpStatus(404)
              .build(),
          "gift");
    }
    try {
      totalCost(gift, quantity);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          ErrorContext.builder().message(e.getMessage()).httpStatus(400).build(), "quantity");
    }
    return gift;
  }

  ApiRequest<SendGiftResult> sendRequest(
      Gift gift, String recipientId, String streamId, int quantity) {
    return sendRequest(
        gift, recipientId, streamId, quantity, null, ApiRequest.newIdempotencyKey());
  }

  /** A combo batch: the request carries {@code comboId}, frozen with the rest of its bytes. */
  ApiRequest<SendGiftResult> sendRequest(
      Gift gift, String recipientId, String streamId, int quantity, String comboId) {
    return sendRequest(
        gift, recipientId, streamId, quantity, comboId, ApiRequest.newIdempotencyKey());
  }

  private ApiRequest<SendGiftResult> sendRequest(
      Gift gift,
      String recipientId,
      String streamId,
      int quantity,
      @Nullable String comboId,
      String idempotencyKey) {
    SendGiftRequestDto dto =
        SendGiftRequestDto.of(gift.id(), recipientId, streamId, quantity, gift.coinCost());
    dto.comboId = comboId;
    return ApiRequest.post(
        SEND_PATH,
        api.json().encode(dto, SendGiftRequestDto.class),
        idempotencyKey,
        (body, json) -> checkReceipt(json.decode(body, SendGiftResponseDto.class).toResult(), dto));
  }

  /**
   * A receipt for another gift, recipient, stream, quantity or coin cost than asked, or whose coins
   * are not {@code quantity × coinCost}, is a malformed answer (the server refuses another price
   * with {@code price_changed}).
   */
  private SendGiftResult checkReceipt(SendGiftResult result, SendGiftRequestDto asked) {
    GiftReceipt receipt = result.receipt();
    if (!receipt.giftId().equals(asked.giftId)
        || !receipt.recipientId().equals(asked.recipientId)
        || !receipt.streamId().equals(asked.streamId)
        || asked.quantity == null
        || receipt.quantity() != asked.quantity
        || asked.expectedCoinCost == null
        || receipt.coinCost() != asked.expectedCoinCost) {
      throw new JsonDataException("the gift receipt " + receipt.id() + " does not match the request");
    }
    if (receipt.coins() != Math.multiplyExact(receipt.coinCost(), (long) receipt.quantity())) {
      throw new JsonDataException("the gift receipt " + receipt.id() + " is not quantity × coinCost");
    }
    wallets.checkOwner(result.wallet());
    return result;
  }

  /** Runs a prepared send request: publishes the wallet; enriches or reacts to typed failures. */
  SendGiftResult send(FlowCall<?> call, ApiRequest<SendGiftResult> request) {
    SendGiftResult result;
    call.effectIfCancelled(Effect.UNKNOWN);
    try {
      result = call.step(api.newCall(request));
    } catch (InsufficientCoinsException e) {
      call.effectIfCancelled(Effect.NOT_APPLIED);
      throw e.withSuggestedPackage(suggestPackage(call, e.shortfall()));
    } catch (PriceChangedException e) {
      log.debug("gift price changed; emptying the catalog cache");
      invalidateCatalog();
      throw e;
    }
    call.effectIfCancelled(Effect.APPLIED);
    wallets.offer(result.wallet());
    return result;
  }

  /** A call that runs {@code request} through the send flow (used by combos). */
  Call<SendGiftResult> sendCall(ApiRequest<SendGiftResult> request) {
    return new FlowCall<>(api, true, call -> send(call, request));
  }

  /** Like {@link #sendCall(ApiRequest)}, telling {@code onSuccess} of each answered send. */
  Call<SendGiftResult> sendCall(
      ApiRequest<SendGiftResult> request, Consumer<SendGiftResult> onSuccess) {
    return new FlowCall<>(
        api,
        true,
        call -> {
          SendGiftResult result = send(call, request);
          onSuccess.accept(result);
          return result;
        });
  }

  /**
   * The smallest package of the default region whose total coins cover {@code shortfall} (the
   * cheaper on a tie), or null if none does or the catalog can't be read now.
   */
  private @Nullable CoinPackage suggestPackage(FlowCall<?> call, long shortfall) {
    if (call.isCanceled()) return null;
    List<CoinPackage> packages;
    try {
      packages =
          call.step(defaultRegion == null ? recharge.packages() : recharge.packages(defaultRegion));
    } catch (LiveCoinsException e) {
      log.debug("no package suggestion: {}", e.getMessage());
      return null;
    }
    return smallestCovering(packages, shortfall);
  }

  static @Nullable CoinPackage smallestCovering(List<CoinPackage> packages, long shortfall) {
    CoinPackage best = null;
    for (CoinPackage p : packages) {
      if (p.totalCoins() < shortfall) continue;
      if (best == null
          || p.totalCoins() < best.totalCoins()
          || (p.totalCoins() == best.totalCoins()
              && p.price().amountMinor() < best.price().amountMinor())) {
        best = p;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- combos

  @Override
  public GiftCombo combo(
      Gift gift, String recipientId, String streamId, GiftComboListener listener) {
    Objects.requireNonNull(gift, "gift == null");
    Strings.requireNonBlank(recipientId, "recipientId");
    Strings.requireNonBlank(streamId, "streamId");
    Objects.requireNonNull(listener, "listener == null");
    checkOpen();
    if (wallets.latest() == null) prefetchBalance();
    RealGiftCombo[] self = new RealGiftCombo[1];
    RealGiftCombo combo =
        new RealGiftCombo(
            this, api, wallets, gift, recipientId, streamId, listener, comboWindow,
            () -> combos.remove(self[0]));
    self[0] = combo;
    combos.add(combo);
    if (closed) combo.closeAsync(); // close() raced with this call: it may have missed the combo
    return combo;
  }

  @Override
  public GiftCombo combo(Gift gift, String recipientId, String streamId) {
    return combo(gift, recipientId, streamId, new GiftComboListener() {});
  }

  /** Fetches the balance in the background so that combo taps can be checked locally. */
  private void prefetchBalance() {
    Call<Wallet> call =
        api.newCall(
            ApiRequest.get("/v1/wallet", (body, json) -> json.decode(body, WalletDto.class).toWallet()));
    try {
      api.dispatcher()
          .execute(
              () -> {
                try {
                  wallets.offer(call.execute());
                } catch (LiveCoinsException e) {
                  log.debug("combo balance prefetch failed: {}", e.getMessage());
                }
              });
    } catch (RejectedExecutionException e) {
      log.debug("combo balance prefetch not run: the dispatcher rejected it");
    }
  }

  // ---------------------------------------------------------------- leaderboard and feed

  @Override
  public Call<List<LeaderboardEntry>> leaderboard(String streamId, int limit) {
    Strings.requireNonBlank(streamId, "streamId");
    if (limit < 1 || limit > 100) throw new IllegalArgumentException("limit must be 1..100: " + limit);
    return api.newCall(
        ApiRequest.get(
            "/v1/streams/" + Urls.pathSegment(streamId) + "/leaderboard?limit=" + limit,
            (body, json) -> json.decode(body, LeaderboardDto.class).toEntries(streamId)));
  }

  @Override
  public GiftFeed events(String streamId, GiftEventListener listener) {
    return events(streamId, null, listener);
  }

  @Override
  public GiftFeed events(String streamId, @Nullable String lastEventId, GiftEventListener listener) {
    Strings.requireNonBlank(streamId, "streamId");
    Objects.requireNonNull(listener, "listener == null");
    checkOpen();
    RealGiftFeed.checkEventId(lastEventId);
    RealGiftFeed feed = new RealGiftFeed(api, streamId, lastEventId, listener);
    feeds.removeIf(GiftFeed::isClosed); // forget feeds the app closed (or that stopped)
    feeds.add(feed);
    if (closed) {
      feed.close(); // close() raced with this call: it may have missed the feed
      throw closedException();
    }
    feed.start();
    return feed;
  }

  // ---------------------------------------------------------------- lifecycle

  /**
   * Closes every feed opened through this API and closes (asynchronously) every combo not yet
   * finished; later feeds and combos are refused with {@link IllegalStateException}. Idempotent.
   */
  public void close() {
    closed = true;
    for (RealGiftFeed feed : feeds) {
      try {
        feed.close();
      } catch (RuntimeException e) {
        log.warn("closing a gift feed failed", e);
      }
    }
    feeds.clear();
    for (RealGiftCombo combo : combos) combo.closeAsync();
  }

  private void checkOpen() {
    if (closed) throw closedException();
    api.checkOpen();
  }

  private static IllegalStateException closedException() {
    return new IllegalStateException("this LiveCoins client is closed");
  }

  // ---------------------------------------------------------------- checks

  private static String checkRegion(String region) {
    Objects.requireNonNull(region, "region == null");
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("region must be two upper-case letters: " + region);
    }
    return region;
  }

  private static void checkSend(String recipientId, String streamId, int quantity) {
    Strings.requireNonBlank(recipientId, "recipientId");
    Strings.requireNonBlank(streamId, "streamId");
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw new IllegalArgumentException("quantity must be 1.." + MAX_QUANTITY + ": " + quantity);
    }
  }

  /** {@code coinCost × quantity}; throws {@link IllegalArgumentException} if it overflows. */
  static long totalCost(Gift gift, long quantity) {
    try {
      return Math.multiplyExact(gift.coinCost(), quantity);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "quantity × coinCost overflows: " + quantity + " × " + gift.coinCost());
    }
  }

  private static final class CachedCatalog {
    final List<Gift> gifts;
    final long fetchedAtMillis;

    CachedCatalog(List<Gift> gifts, long fetchedAtMillis) {
      this.gifts = gifts;
      this.fetchedAtMillis = fetchedAtMillis;
    }
  }
}
