package io.livecoins.testing;

import static io.livecoins.testing.DemoData.ALICE_TOKEN;
import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdempotencyTest {
  final CountDownLatch entered = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  @RegisterExtension
  final LiveCoinsMockServerExtension mock = LiveCoinsMockServerExtension.configured(b -> b.sleeper(d -> {
    entered.countDown();
    if (!release.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("never released");
    }
  }));

  @Test
  void sameKeyAndBodyReplaysTheStoredResponse() {
    TestApi api = new TestApi(mock.server());
    TestApi.Resp first = api.sendGift(BOB_TOKEN, "rose", 1, 1, "gift-1");
    TestApi.Resp second = api.sendGift(BOB_TOKEN, "rose", 1, 1, "gift-1");
    assertThat(second.code()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().get("Idempotent-Replayed")).isEqualTo("true");
    assertThat(first.headers().get("Idempotent-Replayed")).isNull();
    assertThat(second.headers().get("Request-Id")).isEqualTo(first.headers().get("Request-Id"));
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(999);
    assertThat(mock.server().requestLog()).extracting(LoggedRequest::replayed).containsExactly(false, true);
  }

  @Test
  void sameKeyWithDifferentBodyIsRejected() {
    TestApi api = new TestApi(mock.server());
    api.sendGift(BOB_TOKEN, "rose", 1, 1, "gift-1");
    TestApi.Resp r = api.sendGift(BOB_TOKEN, "rose", 2, 1, "gift-1");
    assertThat(r.code()).isEqualTo(422);
    assertThat(r.errorCode()).isEqualTo("idempotency_key_reused");
    TestApi.Resp otherPath = api.post(BOB_TOKEN, "/v1/recharge-orders", "gift-1", Map.of("packageId", "coins-70",
        "provider", "sandbox", "region", "US", "expectedPrice", Map.of("amountMinor", 99, "currency", "USD")));
    assertThat(otherPath.code()).isEqualTo(422);
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(999);
  }

  @Test
  void keysAreScopedPerUser() {
    TestApi api = new TestApi(mock.server());
    String bobOrder = api.createOrder(BOB_TOKEN, "coins-70", 99, "same-key");
    String aliceOrder = api.createOrder(ALICE_TOKEN, "coins-70", 99, "same-key");
    assertThat(aliceOrder).isNotEqualTo(bobOrder);
    assertThat(mock.server().idempotencyRecords()).extracting(IdempotencyRecord::userId)
        .containsExactlyInAnyOrder("bob", "alice");
  }

  @Test
  void missingOrInvalidKeyIsRejectedNamingTheHeader() {
    TestApi api = new TestApi(mock.server());
    TestApi.Resp missing = api.sendGift(BOB_TOKEN, "rose", 1, 1, null);
    assertThat(missing.code()).isEqualTo(400);
    assertThat(missing.details()).containsEntry("field", "Idempotency-Key");
    TestApi.Resp tooLong = api.sendGift(BOB_TOKEN, "rose", 1, 1, "k".repeat(65));
    assertThat(tooLong.details()).containsEntry("field", "Idempotency-Key");
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(1000);
  }

  @Test
  void businessErrorsAreStoredAndReplayed() {
    TestApi api = new TestApi(mock.server());
    TestApi.Resp first = api.sendGift(BOB_TOKEN, "galaxy", 2, 1000, "big");
    assertThat(first.code()).isEqualTo(402);
    String order = api.createOrder(BOB_TOKEN, "coins-1400", 1999, "o1");
    api.confirm(BOB_TOKEN, order, TestApi.sandboxToken(order, "ok"), "o2");
    TestApi.Resp retry = api.sendGift(BOB_TOKEN, "galaxy", 2, 1000, "big");
    assertThat(retry.code()).isEqualTo(402);
    assertThat(retry.headers().get("Idempotent-Replayed")).isEqualTo("true");
    assertThat(api.sendGift(BOB_TOKEN, "galaxy", 2, 1000, "big-2").code()).isEqualTo(200);
  }

  @Test
  void serverErrorsAreNotStored() {
    TestApi api = new TestApi(mock.server());
    mock.server().faults().once("POST /v1/gifts/send", Fault.status(500));
    assertThat(api.sendGift(BOB_TOKEN, "rose", 1, 1, "g").code()).isEqualTo(500);
    assertThat(mock.server().idempotencyRecords()).isEmpty();
    TestApi.Resp retry = api.sendGift(BOB_TOKEN, "rose", 1, 1, "g");
    assertThat(retry.code()).isEqualTo(200);
    assertThat(retry.headers().get("Idempotent-Replayed")).isNull();
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(999);
  }

  @Test
  void concurrentDuplicateGetsInProgressAndExactlyOneExecutes() throws Exception {
    TestApi api = new TestApi(mock.server());
    mock.server().faults().once("POST /v1/gifts/send", Fault.delay(Duration.ofSeconds(5)));
    CompletableFuture<TestApi.Resp> first = CompletableFuture.supplyAsync(
        () -> api.sendGift(BOB_TOKEN, "rose", 1, 1, "dup"));
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    TestApi.Resp duplicate = api.sendGift(BOB_TOKEN, "rose", 1, 1, "dup");
    assertThat(duplicate.code()).isEqualTo(409);
    assertThat(duplicate.errorCode()).isEqualTo("conflict");
    assertThat(duplicate.details()).containsEntry("reason", "in_progress");
    assertThat(mock.server().idempotencyRecords()).singleElement()
        .satisfies(r -> assertThat(r.inFlight()).isTrue());
    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS).code()).isEqualTo(200);
    TestApi.Resp after = api.sendGift(BOB_TOKEN, "rose", 1, 1, "dup");
    assertThat(after.headers().get("Idempotent-Replayed")).isEqualTo("true");
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(999);
    assertThat(mock.server().ledgerEntries()).filteredOn(e -> e.type().equals("GIFT_SENT")).hasSize(2);
  }

  @Test
  void manyConcurrentDuplicatesExecuteOnce() throws Exception {
    release.countDown();
    TestApi api = new TestApi(mock.server());
    CountDownLatch go = new CountDownLatch(1);
    java.util.List<CompletableFuture<TestApi.Resp>> calls = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(CompletableFuture.supplyAsync(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        return api.sendGift(BOB_TOKEN, "rose", 1, 1, "storm");
      }));
    }
    go.countDown();
    for (CompletableFuture<TestApi.Resp> c : calls) {
      assertThat(c.get(10, TimeUnit.SECONDS).code()).isIn(200, 409);
    }
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(999);
  }
}
