package io.livecoins.testing;

import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultsTest {
  final List<Duration> slept = new java.util.concurrent.CopyOnWriteArrayList<>();

  @RegisterExtension
  final LiveCoinsMockServerExtension mock = LiveCoinsMockServerExtension.configured(b -> b.seed(99)
      .sleeper(slept::add));

  TestApi api() {
    return new TestApi(mock.server());
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void statusFaultAnswersTheErrorAndChangesNothing(int status) {
    mock.server().faults().once("POST /v1/gifts/send", Fault.status(status));
    TestApi.Resp r = api().sendGift(BOB_TOKEN, "rose", 1, 1, "g1");
    assertThat(r.code()).isEqualTo(status);
    assertThat(r.errorCode()).isEqualTo(status == 500 ? "internal" : "unavailable");
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(1000);
    assertThat(mock.server().requestLog()).singleElement()
        .satisfies(l -> assertThat(l.fault()).isEqualTo(Integer.toString(status)));
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    mock.server().faults().once("GET /v1/wallet", Fault.rateLimited(7));
    TestApi.Resp r = api().get(BOB_TOKEN, "/v1/wallet");
    assertThat(r.code()).isEqualTo(429);
    assertThat(r.headers().get("Retry-After")).isEqualTo("7");
    assertThat(r.details()).containsEntry("retryAfterSeconds", 7L);
    assertThat(api().get(BOB_TOKEN, "/v1/wallet").code()).isEqualTo(200);
  }

  @Test
  void delayGoesThroughTheInjectedSleeper() {
    mock.server().faults().once("GET /v1/wallet", Fault.delay(Duration.ofMillis(1500)));
    assertThat(api().get(BOB_TOKEN, "/v1/wallet").code()).isEqualTo(200);
    assertThat(slept).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void dropBeforeProcessingLosesTheRequestAndARetryExecutesOnce() {
    mock.server().faults().once("POST /v1/gifts/send", Fault.dropBeforeProcessing());
    assertThatThrownBy(() -> api().sendGift(BOB_TOKEN, "rose", 1, 1, "g1")).isInstanceOf(UncheckedIOException.class);
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(1000);
    assertThat(mock.server().idempotencyRecords()).isEmpty();
    TestApi.Resp retry = api().sendGift(BOB_TOKEN, "rose", 1, 1, "g1");
    assertThat(retry.code()).isEqualTo(200);
    assertThat(retry.headers().get("Idempotent-Replayed")).isNull();
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(999);
  }

  @Test
  void dropAfterCommitChargesOnceAndTheRetryGetsTheReplay() {
    mock.server().faults().once("POST /v1/gifts/send", Fault.dropAfterCommit());
    assertThatThrownBy(() -> api().sendGift(BOB_TOKEN, "rose", 1, 1, "g1")).isInstanceOf(UncheckedIOException.class);
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(999);
    TestApi.Resp retry = api().sendGift(BOB_TOKEN, "rose", 1, 1, "g1");
    assertThat(retry.code()).isEqualTo(200);
    assertThat(retry.headers().get("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.obj("wallet")).containsEntry("coins", 999L);
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(999);
    assertThat(mock.server().requestLog()).extracting(LoggedRequest::status).containsExactly(0, 200);
  }

  @Test
  void dropAfterCommitOnConfirmCreditsOnceAndRecoveryWithANewKeyIsSafe() {
    TestApi api = api();
    String id = api.createOrder(DemoData.ALICE_TOKEN, "coins-70", 99, "o1");
    mock.server().faults().once("POST /v1/recharge-orders/{id}/confirm", Fault.dropAfterCommit());
    assertThatThrownBy(() -> api.confirm(DemoData.ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "c1"))
        .isInstanceOf(UncheckedIOException.class);
    TestApi.Resp recovered = api.confirm(DemoData.ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "c2");
    assertThat(recovered.obj("order")).containsEntry("status", "COMPLETED");
    assertThat(mock.server().wallet("alice").coins()).isEqualTo(70);
  }

  @Test
  void malformedBodyCommitsAndStoresTheRealAnswer() {
    mock.server().faults().once("POST /v1/gifts/send", Fault.malformedBody());
    TestApi.Resp r = api().sendGift(BOB_TOKEN, "rose", 1, 1, "g1");
    assertThat(r.code()).isEqualTo(200);
    assertThatThrownBy(r::json).isInstanceOf(IllegalArgumentException.class);
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(999);
    assertThat(api().sendGift(BOB_TOKEN, "rose", 1, 1, "g1").obj("wallet")).containsEntry("coins", 999L);
  }

  @Test
  void truncatedBodyFailsTheReadAndCommits() {
    mock.server().faults().once("GET /v1/coin-packages", Fault.truncatedBody());
    assertThatThrownBy(() -> api().get(BOB_TOKEN, "/v1/coin-packages?region=US"))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
    mock.server().faults().once("POST /v1/gifts/send", Fault.truncatedBody());
    assertThatThrownBy(() -> api().sendGift(BOB_TOKEN, "rose", 1, 1, "g1")).isInstanceOf(UncheckedIOException.class);
    assertThat(mock.server().wallet("bob").coins()).isEqualTo(999);
  }

  @Test
  void scriptsApplyInOrderPerRouteThenGlobally() {
    mock.server().faults().script("GET /v1/wallet", Fault.status(503), Fault.none(), Fault.rateLimited(1));
    mock.server().faults().once(Fault.status(502));
    TestApi api = api();
    assertThat(api.get(BOB_TOKEN, "/v1/wallet").code()).isEqualTo(503);
    assertThat(api.get(BOB_TOKEN, "/v1/wallet").code()).isEqualTo(200);
    assertThat(api.get(BOB_TOKEN, "/v1/wallet").code()).isEqualTo(429);
    assertThat(api.get(BOB_TOKEN, "/v1/wallet").code()).isEqualTo(502);
    assertThat(api.get(BOB_TOKEN, "/v1/wallet").code()).isEqualTo(200);
    assertThat(mock.server().faults().pending()).isZero();
    assertThat(mock.server().faults().applied()).containsExactly("GET /v1/wallet -> 503",
        "GET /v1/wallet -> 429:1", "GET /v1/wallet -> 502");
  }

  @Test
  void unknownRouteIsRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> mock.server().faults().once("GET /v1/nope", Fault.status(500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("POST /v1/gifts/send");
  }

  @Test
  void randomFaultsAreDeterministicForASeed() {
    assertThat(randomRun(5)).isEqualTo(randomRun(5)).contains(503).contains(200);
    assertThat(randomRun(5)).isNotEqualTo(randomRun(6));
  }

  private List<Integer> randomRun(long seed) {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(seed).build().start()) {
      server.faults().randomly(0.5, Fault.status(503), Fault.rateLimited(1));
      TestApi api = new TestApi(server);
      List<Integer> codes = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        codes.add(api.get(BOB_TOKEN, "/v1/wallet").code());
      }
      server.assertNoContractViolations();
      return codes;
    }
  }

  @Test
  void ledgerStaysConsistentUnderRandomFaultsWithRetries() {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(2026).sleeper(d -> { }).build().start()) {
      server.faults().randomly(0.3, Fault.status(500), Fault.status(503), Fault.rateLimited(1),
          Fault.dropBeforeProcessing(), Fault.dropAfterCommit(), Fault.malformedBody(), Fault.truncatedBody(),
          Fault.delay(Duration.ofMillis(5)));
      TestApi api = new TestApi(server);
      int sent = 0;
      for (int i = 0; i < 40; i++) {
        String key = "gift-" + i;
        for (int attempt = 0; attempt < 20; attempt++) {
          try {
            TestApi.Resp r = api.sendGift(BOB_TOKEN, "rose", 1, 1, key);
            if (r.code() == 200) {
              r.json();
              sent++;
              break;
            }
          } catch (RuntimeException retryable) {
            // dropped, truncated or malformed: retry with the same key
          }
        }
      }
      assertThat(sent).isEqualTo(40);
      assertThat(server.wallet("bob").coins()).isEqualTo(960);
      assertThat(server.wallet("carol").diamonds()).isEqualTo(10000);
      assertThat(server.ledgerEntries()).filteredOn(e -> e.type().equals("GIFT_SENT")).hasSize(80);
      server.assertConsistent();
      server.assertNoContractViolations();
    }
  }

  @Test
  void faultsParseFromTheirCommandLineForm() {
    assertThat(Fault.parse("503")).isEqualTo(Fault.status(503));
    assertThat(Fault.parse("429:3")).isEqualTo(Fault.rateLimited(3));
    assertThat(Fault.parse("delay:250ms")).isEqualTo(Fault.delay(Duration.ofMillis(250)));
    assertThat(Fault.parse("delay:2s")).isEqualTo(Fault.delay(Duration.ofSeconds(2)));
    assertThat(Fault.parse("drop-before").kind()).isEqualTo(Fault.Kind.DROP_BEFORE_PROCESSING);
    assertThat(Fault.parse("drop-after-commit").kind()).isEqualTo(Fault.Kind.DROP_AFTER_COMMIT);
    assertThat(Fault.parse("malformed").kind()).isEqualTo(Fault.Kind.MALFORMED_BODY);
    assertThat(Fault.parse("truncated").kind()).isEqualTo(Fault.Kind.TRUNCATED_BODY);
    assertThatThrownBy(() -> Fault.parse("418")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Map.of("k", Fault.parse("none"))).containsEntry("k", Fault.none());
  }
}
