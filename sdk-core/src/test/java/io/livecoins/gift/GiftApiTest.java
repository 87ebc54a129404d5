package io.livecoins.gift;

import io.livecoins.TestClock;
import static io.livecoins.gift.GiftFixtures.PACKAGES_JSON;
import static io.livecoins.gift.GiftFixtures.PERFUME;
import static io.livecoins.gift.GiftFixtures.ROSE;
import static io.livecoins.gift.GiftFixtures.catalogJson;
import static io.livecoins.gift.GiftFixtures.sendJson;
import static io.livecoins.test.MockServers.error;
import static io.livecoins.test.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.Call;
import io.livecoins.Callback;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.InsufficientCoinsException;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.errors.PriceChangedException;
import io.livecoins.RetryPolicy;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class GiftApiTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();
  private final ExecutorService callbacks =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "test-callbacks"));
  private final TestClock clock = new TestClock();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final LiveCoins client =
      GiftFixtures.client(server, dispatcher).clock(clock).sleeper(sleeper)
          .callbackExecutor(callbacks).giftCatalogTtl(Duration.ofMinutes(10)).build();
  private final GiftApi gifts = client.gifts();

  @AfterEach
  void tearDown() {
    server.close();
    dispatcher.shutdownNow();
    callbacks.shutdownNow();
  }

  // ------------------------------------------------------------------ catalog

  @Test
  void catalogDecodesGiftsOfTheRegion() throws Exception {
    server.enqueue(json(200, catalogJson(1).replace("\"US\"", "\"GB\"")));

    List<Gift> catalog = gifts.catalog("GB").execute();

    assertThat(catalog).containsExactly(ROSE, PERFUME);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/v1/gifts?region=GB");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer demo-token-bob");
  }

  @Test
  void catalogIsCachedUntilTheTtlPasses() throws Exception {
    server.enqueue(json(200, catalogJson(1)));
    server.enqueue(json(200, catalogJson(2)));

    gifts.catalog("US").execute();
    clock.advance(Duration.ofMinutes(9));
    assertThat(gifts.catalog("US").execute().get(0).coinCost()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(1));
    assertThat(gifts.catalog("US").execute().get(0).coinCost()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void catalogCacheIsPerRegion() throws Exception {
    server.enqueue(json(200, catalogJson(1)));
    server.enqueue(json(200, catalogJson(1).replace("\"US\"", "\"JP\"")));

    gifts.catalog("US").execute();
    gifts.catalog("JP").execute();

    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/gifts?region=US");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/gifts?region=JP");
  }

  @Test
  void priceChangedRefreshesTheCatalog() throws Exception {
    server.enqueue(json(200, catalogJson(1)));
    server.enqueue(error(409, "price_changed", "{\"expectedCoinCost\":1,\"currentCoinCost\":3}"));
    server.enqueue(json(200, catalogJson(3)));
    Gift rose = gifts.catalog().execute().get(0);

    PriceChangedException e =
        catchThrowableOfType(
            PriceChangedException.class, () -> gifts.send(rose, "carol", "stream-carol", 1).execute());

    assertThat(e.expectedCoinCost()).isEqualTo(1L);
    assertThat(e.currentCoinCost()).isEqualTo(3L);
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(gifts.catalog().execute().get(0).coinCost()).isEqualTo(3); // within the TTL
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void invalidateCatalogForcesAFetch() throws Exception {
    server.enqueue(json(200, catalogJson(1)));
    server.enqueue(json(200, catalogJson(1)));

    gifts.catalog().execute();
    gifts.invalidateCatalog();
    gifts.catalog().execute();

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void malformedCatalogIsATypedErrorAndNotCached() throws Exception {
    server.enqueue(json(200, "{\"region\":\"US\",\"gifts\":[{\"id\":\"rose\",\"coinCost\":-1}]}"));
    server.enqueue(json(200, catalogJson(1)));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> gifts.catalog().execute());

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(gifts.catalog().execute()).hasSize(2);
  }

  @Test
  void catalogAsyncDeliversOnTheCallbackExecutor() throws Exception {
    server.enqueue(json(200, catalogJson(1)));
    CompletableFuture<String> thread = new CompletableFuture<>();

    gifts.catalog().enqueue(new Callback<List<Gift>>() {
      @Override
      public void onSuccess(Call<List<Gift>> call, List<Gift> result) {
        thread.complete(Thread.currentThread().getName() + ":" + result.size());
      }

      @Override
      public void onFailure(Call<List<Gift>> call, LiveCoinsException error) {
        thread.completeExceptionally(error);
      }
    });

    assertThat(thread.get(10, TimeUnit.SECONDS)).isEqualTo("test-callbacks:2");
  }

  // ------------------------------------------------------------------ send

  @Test
  void sendPostsTheExpectedCoinCostAndReturnsReceiptAndWallet() throws Exception {
    server.enqueue(json(200, sendJson("gft_1", "perfume", 3, 20, 940, 7)));

    SendGiftResult result = gifts.send(PERFUME, "carol", "stream-carol", 3).execute();

    assertThat(result.receipt().quantity()).isEqualTo(3);
    assertThat(result.receipt().coins()).isEqualTo(60);
    assertThat(result.wallet().coins()).isEqualTo(940);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v1/gifts/send");
    assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"expectedCoinCost\":20,\"giftId\":\"perfume\",\"quantity\":3,"
            + "\"recipientId\":\"carol\",\"streamId\":\"stream-carol\"}");
  }

  @Test
  void sendPublishesTheNewWalletToListeners() throws Exception {
    server.enqueue(json(200, sendJson("gft_1", "rose", 1, 1, 999, 2)));
    CompletableFuture<Long> coins = new CompletableFuture<>();
    client.wallet().addListener(wallet -> coins.complete(wallet.coins()));

    gifts.send(ROSE, "carol", "stream-carol", 1).execute();

    assertThat(coins.get(10, TimeUnit.SECONDS)).isEqualTo(999);
  }

  @Test
  void giftRetriedAfterALostResponseReusesTheIdempotencyKey() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, sendJson("gft_1", "rose", 1, 1, 999, 2)));

    SendGiftResult result = gifts.send(ROSE, "carol", "stream-carol", 1).execute();

    assertThat(result.receipt().id()).isEqualTo("gft_1");
    RecordedRequest first = server.takeRequest();
    RecordedRequest retry = server.takeRequest();
    assertThat(retry.getHeaders().get("Idempotency-Key"))
        .isNotNull()
        .isEqualTo(first.getHeaders().get("Idempotency-Key"));
    assertThat(retry.getBody().utf8()).isEqualTo(first.getBody().utf8());
  }

  @Test
  void cloneOfAGiftWithUnknownOutcomeReusesTheIdempotencyKey() throws Exception {
    GiftApi once = client.newBuilder().retryPolicy(RetryPolicy.none()).build().gifts();
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, sendJson("gft_1", "rose", 1, 1, 999, 2)));
    Call<SendGiftResult> call = once.send(ROSE, "carol", "stream-carol", 1);

    NetworkException lost = catchThrowableOfType(NetworkException.class, call::execute);
    SendGiftResult result = call.clone().execute();

    assertThat(lost.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(result.receipt().id()).isEqualTo("gft_1");
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key"))
        .isEqualTo(server.takeRequest().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void twoSendsUseDifferentIdempotencyKeys() throws Exception {
    server.enqueue(json(200, sendJson("gft_1", "rose", 1, 1, 999, 2)));
    server.enqueue(json(200, sendJson("gft_2", "rose", 1, 1, 998, 3)));

    gifts.send(ROSE, "carol", "stream-carol", 1).execute();
    gifts.send(ROSE, "carol", "stream-carol", 1).execute();

    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key"))
        .isNotEqualTo(server.takeRequest().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void insufficientCoinsCarriesTheSmallestPackageCoveringTheShortfall() throws Exception {
    server.enqueue(error(402, "insufficient_coins", "{\"balance\":20,\"required\":120,\"shortfall\":100}"));
    server.enqueue(json(200, PACKAGES_JSON));

    InsufficientCoinsException e =
        catchThrowableOfType(
            InsufficientCoinsException.class,
            () -> gifts.send(PERFUME, "carol", "stream-carol", 6).execute());

    assertThat(e.balance()).isEqualTo(20);
    assertThat(e.required()).isEqualTo(120);
    assertThat(e.shortfall()).isEqualTo(100);
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.suggestedPackage()).isNotNull();
    assertThat(e.suggestedPackage().id()).isEqualTo("coins-350");
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/coin-packages");
  }

  @Test
  void insufficientCoinsBeyondEveryPackageSuggestsNone() {
    server.enqueue(error(402, "insufficient_coins", "{\"balance\":0,\"required\":29999,\"shortfall\":29999}"));
    server.enqueue(json(200, PACKAGES_JSON));
    Gift lion = Gift.builder("lion", "Lion", 29999).build();

    InsufficientCoinsException e =
        catchThrowableOfType(
            InsufficientCoinsException.class, () -> gifts.send(lion, "carol", "stream-carol", 1).execute());

    assertThat(e.shortfall()).isEqualTo(29999);
    assertThat(e.suggestedPackage()).isNull();
  }

  @Test
  void insufficientCoinsStillFailsTypedWhenThePackagesCannotBeRead() {
    GiftApi once = client.newBuilder().retryPolicy(RetryPolicy.none()).build().gifts();
    server.enqueue(error(402, "insufficient_coins", "{\"balance\":0,\"required\":1,\"shortfall\":1}"));
    server.enqueue(error(503, "unavailable", "{}"));

    InsufficientCoinsException e =
        catchThrowableOfType(
            InsufficientCoinsException.class, () -> once.send(ROSE, "carol", "stream-carol", 1).execute());

    assertThat(e.shortfall()).isEqualTo(1);
    assertThat(e.suggestedPackage()).isNull();
  }

  @Test
  void insufficientCoinsAsyncCarriesTheSuggestedPackage() throws Exception {
    server.enqueue(error(402, "insufficient_coins", "{\"balance\":0,\"required\":1,\"shortfall\":1}"));
    server.enqueue(json(200, PACKAGES_JSON));
    CompletableFuture<LiveCoinsException> failure = new CompletableFuture<>();

    gifts.send(ROSE, "carol", "stream-carol", 1).enqueue(new Callback<SendGiftResult>() {
      @Override
      public void onSuccess(Call<SendGiftResult> call, SendGiftResult result) {
        failure.completeExceptionally(new AssertionError("succeeded"));
      }

      @Override
      public void onFailure(Call<SendGiftResult> call, LiveCoinsException error) {
        failure.complete(error);
      }
    });

    LiveCoinsException error = failure.get(10, TimeUnit.SECONDS);
    assertThat(error).isInstanceOf(InsufficientCoinsException.class);
    assertThat(((InsufficientCoinsException) error).suggestedPackage().id()).isEqualTo("coins-70");
  }

  @Test
  void ageRestrictedIsForbiddenAndNotCharged() {
    server.enqueue(error(403, "forbidden", "{\"reason\":\"age_restricted\"}"));

    ForbiddenException e =
        catchThrowableOfType(
            ForbiddenException.class, () -> gifts.send(ROSE, "carol", "stream-carol", 1).execute());

    assertThat(e.reason()).isEqualTo("age_restricted");
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void malformedSendAnswerSaysTheGiftWasApplied() {
    server.enqueue(json(200, "{\"gift\":{\"id\":\"gft_1\"},\"wallet\":null}"));

    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class, () -> gifts.send(ROSE, "carol", "stream-carol", 1).execute());

    assertThat(e.effect()).isEqualTo(Effect.APPLIED);
  }

  @Test
  void sendByIdResolvesTheGiftFromTheDefaultCatalog() throws Exception {
    server.enqueue(json(200, catalogJson(1)));
    server.enqueue(json(200, sendJson("gft_1", "perfume", 2, 20, 960, 2)));

    SendGiftResult result = gifts.send("perfume", "carol", "stream-carol", 2).execute();

    assertThat(result.receipt().coins()).isEqualTo(40);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/gifts");
    assertThat(server.takeRequest().getBody().utf8()).contains("\"expectedCoinCost\":20");
  }

  @Test
  void sendByIdCloneReusesTheIdempotencyKey() throws Exception {
    GiftApi once = client.newBuilder().retryPolicy(RetryPolicy.none()).build().gifts();
    server.enqueue(json(200, catalogJson(1)));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, sendJson("gft_1", "rose", 1, 1, 999, 2)));
    Call<SendGiftResult> call = once.send("rose", "carol", "stream-carol", 1);

    catchThrowableOfType(NetworkException.class, call::execute);
    call.clone().execute(); // the catalog is cached now

    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/gifts");
    String key = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(key);
  }

  @Test
  void sendByUnknownIdFailsWithoutPosting() {
    server.enqueue(json(200, catalogJson(1)));

    NotFoundException e =
        catchThrowableOfType(
            NotFoundException.class, () -> gifts.send("unicorn", "carol", "stream-carol", 1).execute());

    assertThat(e.resource()).isEqualTo("gift");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancelledSendFailsAsCancelled() {
    Call<SendGiftResult> call = gifts.send(ROSE, "carol", "stream-carol", 1);
    call.cancel();

    LiveCoinsException e = catchThrowableOfType(LiveCoinsException.class, call::execute);

    assertThat(e.code()).isEqualTo("cancelled");
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(server.getRequestCount()).isZero();
  }

  // ------------------------------------------------------------------ leaderboard

  @Test
  void leaderboardReturnsTheTopGifters() throws Exception {
    server.enqueue(json(200, "{\"streamId\":\"stream carol\",\"entries\":["
        + "{\"rank\":1,\"userId\":\"bob\",\"coins\":500},{\"rank\":2,\"userId\":\"alice\",\"coins\":20}]}"));

    List<LeaderboardEntry> top = gifts.leaderboard("stream carol", 3).execute();

    assertThat(top).containsExactly(new LeaderboardEntry(1, "bob", 500), new LeaderboardEntry(2, "alice", 20));
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/streams/stream%20carol/leaderboard?limit=3");
  }

  @Test
  void leaderboardOfAnUnknownStreamIsNotFound() {
    server.enqueue(error(404, "not_found", "{\"resource\":\"stream\"}"));

    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> gifts.leaderboard("nope", 10).execute());

    assertThat(e.resource()).isEqualTo("stream");
  }

  @Test
  void leaderboardWithANegativeRankIsMalformed() {
    server.enqueue(json(200, "{\"streamId\":\"s\",\"entries\":[{\"rank\":0,\"userId\":\"bob\",\"coins\":1}]}"));

    assertThatThrownBy(() -> gifts.leaderboard("s", 10).execute())
        .isInstanceOf(MalformedResponseException.class);
  }

  // ------------------------------------------------------------------ arguments

  @Test
  void badArgumentsAreRejectedBeforeAnyRequest() {
    Gift pricey = Gift.builder("pricey", "Pricey", Long.MAX_VALUE / 2).build();
    GiftEventListener listener = event -> {};

    assertThatThrownBy(() -> gifts.send((Gift) null, "carol", "s", 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> gifts.send((String) null, "carol", "s", 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> gifts.send(" ", "carol", "s", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gifts.send(ROSE, null, "s", 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> gifts.send(ROSE, "", "s", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gifts.send(ROSE, "carol", null, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> gifts.send(ROSE, "carol", " \t", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gifts.send(ROSE, "carol", "s", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gifts.send(ROSE, "carol", "s", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gifts.send(ROSE, "carol", "s", 10_001)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gifts.send("rose", "carol", "s", 10_001)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gifts.send(pricey, "carol", "s", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overflows");
    assertThatThrownBy(() -> gifts.catalog(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> gifts.catalog("us")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gifts.leaderboard("s", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gifts.leaderboard("s", 101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gifts.leaderboard(null, 10)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> gifts.combo(ROSE, "", "s")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gifts.combo(null, "carol", "s")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> gifts.events("", listener)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gifts.events("s", null)).isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theLargestQuantityIsAccepted() throws Exception {
    server.enqueue(json(200, sendJson("gft_1", "rose", 10_000, 1, 0, 2)));

    gifts.send(ROSE, "carol", "stream-carol", GiftApi.MAX_QUANTITY).execute();

    assertThat(server.takeRequest().getBody().utf8()).contains("\"quantity\":10000");
  }
}
