package io.livecoins.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RechargeFlowTest {
  LiveCoinsMockServer server;
  TestApi api;

  @BeforeEach
  void start() {
    server = LiveCoinsMockServer.builder().seed(1).build().start();
    api = new TestApi(server);
  }

  @AfterEach
  void stop() {
    try {
      server.assertNoContractViolations();
      server.assertConsistent();
    } finally {
      server.close();
    }
  }

  @Test
  void coinPackagesListsTheRegionalCatalog() {
    TestApi.Resp r = api.get(DemoData.ALICE_TOKEN, "/v1/coin-packages?region=US");
    assertThat(r.code()).isEqualTo(200);
    assertThat(r.json()).containsEntry("region", "US").containsEntry("currency", "USD");
    assertThat(r.items("packages")).hasSize(7);
    assertThat(r.items("packages").get(0)).containsEntry("id", "coins-70")
        .containsEntry("price", Map.of("amountMinor", 99L, "currency", "USD"));
    assertThat(r.headers().get("Request-Id")).matches("req_[0-9a-f]{16}");
  }

  @Test
  void sandboxOkCreditsCoinsExactlyOnce() {
    String id = api.createOrder(DemoData.ALICE_TOKEN, "coins-700", 999, "k1");
    TestApi.Resp r = api.confirm(DemoData.ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "k2");
    assertThat(r.code()).as(r.body()).isEqualTo(200);
    assertThat(r.obj("order")).containsEntry("status", "COMPLETED");
    assertThat(r.obj("wallet")).containsEntry("coins", 735L);
    TestApi.Resp again = api.confirm(DemoData.ALICE_TOKEN, id, TestApi.sandboxToken(id, "ok"), "k3");
    assertThat(again.code()).isEqualTo(200);
    assertThat(server.wallet("alice").coins()).isEqualTo(735);
  }
}
