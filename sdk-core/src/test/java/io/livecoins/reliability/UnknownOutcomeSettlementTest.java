package io.livecoins.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.Call;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.Effect;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftCombo;
import io.livecoins.gift.GiftComboListener;
import io.livecoins.gift.GiftComboStats;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.LoggedRequest;
import io.livecoins.transport.HttpRequest;
import io.livecoins.transport.HttpResponse;
import io.livecoins.transport.OkHttpTransport;
import io.livecoins.transport.Transport;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.WithdrawalResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every UNKNOWN outcome of a mutating call can be settled by replaying the call, and a replay sends
 * the very bytes of the first attempt under its idempotency key, whatever the catalog says by then
 * (issue #11, reproduction 4). Runs against the stateful mock backend with drop-after-commit faults.
 */
final class UnknownOutcomeSettlementTest {
  private static final String SEND_ROUTE = "POST /v1/gifts/send";
  private static final String WITHDRAW_ROUTE = "POST /v1/creator/withdrawals";

  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().build().start();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();
  private final RepricingTransport transport = new RepricingTransport();
  private final MutableClock clock = new MutableClock();

  @AfterEach
  void tearDown() {
    try {
      server.assertConsistent();
      server.assertNoContractViolations();
    } finally {
      server.close();
      dispatcher.shutdownNow();
    }
  }

  /** A client without retries, so that one dropped answer ends the call UNKNOWN. */
  private LiveCoins client(String token) {
    return clientBuilder(token).build();
  }

  private LiveCoins.Builder clientBuilder(String token) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(server.userIdOf(token), token))
        .retryPolicy(RetryPolicy.builder().maxAttempts(1).jitter(false).build())
        .sleeper(duration -> {})
        .clock(clock)
        .giftCatalogTtl(Duration.ofMinutes(10))
        .transport(transport)
        .dispatcher(dispatcher);
  }

  @Test
  void aClonedSendByIdAfterARepriceReplaysTheChargedGiftInsteadOfReportingNotApplied() {
    LiveCoins client = client(DemoData.BOB_TOKEN);
    server.faults().once(SEND_ROUTE, Fault.dropAfterCommit());
    Call<SendGiftResult> call = client.gifts().send("rose", DemoData.CAROL, "stream-carol", 3);

    LiveCoinsException lost = catchThrowableOfType(LiveCoinsException.class, call::execute);
    assertThat(lost.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(997); // the server committed

    // The catalog cache expires and the price changes before the app settles the call.
    transport.roseCost.set(2);
    clock.advance(Duration.ofMinutes(11));
    assertThat(coinCost(client, "rose")).isEqualTo(2);

    SendGiftResult settled = call.clone().execute();

    assertThat(settled.receipt().quantity()).isEqualTo(3);
    assertThat(settled.receipt().coins()).isEqualTo(3);
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(997); // charged once
    assertSameBytesUnderOneKey(SEND_ROUTE, 2);
  }

  @Test
  void aSendByIdThatFailedWithAnUnknownOutcomeIsChargedOnceWhenItsCloneFindsNothingCommitted() {
    LiveCoins client = client(DemoData.BOB_TOKEN);
    server.faults().once(SEND_ROUTE, Fault.dropBeforeProcessing());
    Call<SendGiftResult> call = client.gifts().send("rose", DemoData.CAROL, "stream-carol", 2);
    LiveCoinsException lost = catchThrowableOfType(LiveCoinsException.class, call::execute);
    assertThat(lost.effect()).isNotEqualTo(Effect.APPLIED);
    transport.roseCost.set(2);
    clock.advance(Duration.ofMinutes(11));

    SendGiftResult settled = call.clone().execute();

    // The frozen request still carries the cost the user agreed to; nothing was committed before.
    assertThat(settled.receipt().coins()).isEqualTo(2);
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(998);
    assertSameBytesUnderOneKey(SEND_ROUTE, 2);
  }

  @Test
  void aClonedSendOfAGiftValueAfterARepriceReplaysTheChargedGift() {
    LiveCoins client = client(DemoData.BOB_TOKEN);
    Gift rose = catalogGift(client, "rose");
    server.faults().once(SEND_ROUTE, Fault.dropAfterCommit());
    Call<SendGiftResult> call = client.gifts().send(rose, DemoData.CAROL, "stream-carol", 4);
    assertThat(catchThrowableOfType(LiveCoinsException.class, call::execute).effect())
        .isEqualTo(Effect.UNKNOWN);
    transport.roseCost.set(2);
    clock.advance(Duration.ofMinutes(11));

    SendGiftResult settled = call.clone().execute();

    assertThat(settled.receipt().coins()).isEqualTo(4);
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(996);
    assertSameBytesUnderOneKey(SEND_ROUTE, 2);
  }

  @Test
  void theClientsOwnRetriesOfASendByIdSendTheSameBytesUnderTheSameKey() {
    LiveCoins client =
        clientBuilder(DemoData.BOB_TOKEN)
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).jitter(false).build())
            .build();
    server.faults().script(SEND_ROUTE, Fault.dropAfterCommit(), Fault.dropBeforeProcessing());

    SendGiftResult result = client.gifts().send("rose", DemoData.CAROL, "stream-carol", 5).execute();

    assertThat(result.receipt().coins()).isEqualTo(5);
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(995);
    assertSameBytesUnderOneKey(SEND_ROUTE, 3);
  }

  @Test
  void aClonedWithdrawalWhoseAnswerWasLostIsPaidOnceWithTheSameBytesAndKey() {
    LiveCoins client = client(DemoData.CAROL_TOKEN);
    server.faults().once(WITHDRAW_ROUTE, Fault.dropAfterCommit());
    Call<WithdrawalResult> call = client.wallet().withdraw(2101, PayoutMethod.BANK);

    LiveCoinsException lost = catchThrowableOfType(LiveCoinsException.class, call::execute);
    assertThat(lost.effect()).isEqualTo(Effect.UNKNOWN);
    long afterCommit = server.wallet(DemoData.CAROL).diamonds();
    assertThat(afterCommit).isLessThan(10_000);

    WithdrawalResult settled = call.clone().execute();

    assertThat(settled.withdrawal().diamonds()).isEqualTo(10_000 - afterCommit);
    assertThat(server.wallet(DemoData.CAROL).diamonds()).isEqualTo(afterCommit); // paid once
    assertSameBytesUnderOneKey(WITHDRAW_ROUTE, 2);
  }

  @Test
  void aComboBatchThatFailedUnknownIsSettledByReplayingItUnderItsKey() throws Exception {
    CountDownLatch windowEnds = new CountDownLatch(1);
    LiveCoins client =
        clientBuilder(DemoData.BOB_TOKEN)
            .sleeper(duration -> windowEnds.await(10, TimeUnit.SECONDS))
            .build();
    client.wallet().balance().execute(); // the combo checks taps against it
    Gift rose = catalogGift(client, "rose");
    server.faults().once(SEND_ROUTE, Fault.dropAfterCommit());
    BlockingQueue<LiveCoinsException> failures = new LinkedBlockingQueue<>();
    GiftCombo combo =
        client.gifts().combo(rose, DemoData.CAROL, "stream-carol", new GiftComboListener() {
          @Override
          public void onBatchFailed(GiftCombo c, int quantity, LiveCoinsException error) {
            failures.add(error);
          }
        });
    for (int i = 0; i < 3; i++) assertThat(combo.tap()).isTrue();
    windowEnds.countDown();
    combo.close();

    LiveCoinsException lost = failures.poll(10, TimeUnit.SECONDS);
    assertThat(lost.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(combo.stats().quantityFailed()).isEqualTo(3);
    assertThat(combo.stats().quantityUnknown()).isEqualTo(3);
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(997); // the server committed
    transport.roseCost.set(2); // a reprice changes nothing: the batch's bytes are frozen
    clock.advance(Duration.ofMinutes(11));

    Call<SendGiftResult> settle = combo.retryFailedBatch();
    SendGiftResult settled = settle.execute();
    SendGiftResult again = combo.retryFailedBatch().execute(); // harmless: answered from the record

    assertThat(settled.receipt().quantity()).isEqualTo(3);
    assertThat(again.receipt().id()).isEqualTo(settled.receipt().id());
    assertThat(server.wallet(DemoData.BOB).coins()).isEqualTo(997); // charged once
    GiftComboStats stats = combo.stats();
    assertThat(stats.quantitySent()).isEqualTo(3);
    assertThat(stats.quantityFailed()).isZero();
    assertThat(stats.quantityUnknown()).isZero();
    assertThat(stats.coinsSpent()).isEqualTo(3);
    assertSameBytesUnderOneKey(SEND_ROUTE, 3);
  }

  private static Gift catalogGift(LiveCoins client, String giftId) {
    for (Gift gift : client.gifts().catalog().execute()) {
      if (gift.id().equals(giftId)) return gift;
    }
    throw new AssertionError("no gift " + giftId);
  }

  private static long coinCost(LiveCoins client, String giftId) {
    for (Gift gift : client.gifts().catalog().execute()) {
      if (gift.id().equals(giftId)) return gift.coinCost();
    }
    throw new AssertionError("no gift " + giftId);
  }

  /** {@code route} was sent {@code attempts} times, byte for byte the same, under one key; the last was a replay or a first commit. */
  private void assertSameBytesUnderOneKey(String route, int attempts) {
    List<HttpRequest> sent = transport.sent(route);
    assertThat(sent).hasSize(attempts);
    for (HttpRequest request : sent) {
      assertThat(request.body()).isEqualTo(sent.get(0).body());
      assertThat(request.header("Idempotency-Key")).isEqualTo(sent.get(0).header("Idempotency-Key"));
    }
    List<LoggedRequest> logged = new ArrayList<>();
    for (LoggedRequest r : server.requestLog()) {
      if (route.equals(r.route())) logged.add(r);
    }
    assertThat(logged).hasSize(attempts);
    assertThat(logged.get(attempts - 1).status()).isBetween(200, 299);
  }

  /** The real transport; records what is sent and can make the gift catalog show another rose price. */
  static final class RepricingTransport implements Transport {
    private static final Pattern ROSE = Pattern.compile("\"id\":\"rose\",\"name\":\"[^\"]*\",\"coinCost\":\\d+");
    final AtomicLong roseCost = new AtomicLong(); // 0: as served
    private final Transport delegate = OkHttpTransport.create();
    private final List<HttpRequest> sent = new CopyOnWriteArrayList<>();

    List<HttpRequest> sent(String route) {
      List<HttpRequest> matching = new ArrayList<>();
      for (HttpRequest r : sent) {
        if (route.equals(r.method() + " " + r.url().replaceFirst("^https?://[^/]+", ""))) {
          matching.add(r);
        }
      }
      return matching;
    }

    @Override
    public Exchange newExchange(HttpRequest request) {
      sent.add(request);
      Exchange inner = delegate.newExchange(request);
      return new Exchange() {
        @Override
        public HttpResponse execute() throws IOException {
          HttpResponse response = inner.execute();
          long cost = roseCost.get();
          // The gift catalog, with or without a region (it follows the account since #14).
          if (cost == 0 || !request.url().matches(".*/v1/gifts(\\?.*)?")) return response;
          String body = new String(response.body(), UTF_8);
          Matcher rose = ROSE.matcher(body);
          if (!rose.find()) throw new AssertionError("no rose in " + body);
          String repriced = rose.group().replaceFirst("\"coinCost\":\\d+", "\"coinCost\":" + cost);
          body = body.substring(0, rose.start()) + repriced + body.substring(rose.end());
          return new HttpResponse(response.code(), response.headers(), body.getBytes(UTF_8));
        }

        @Override
        public void cancel() {
          inner.cancel();
        }
      };
    }
  }

  /** A clock the test moves forward. */
  static final class MutableClock extends Clock {
    private final AtomicLong millis = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());

    void advance(Duration duration) {
      millis.addAndGet(duration.toMillis());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis.get());
    }

    @Override
    public long millis() {
      return millis.get();
    }
  }
}
