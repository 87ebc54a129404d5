package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livecoins.testing.DemoData;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.LiveCoinsMockServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/testing.md's JUnit 5 usage, as a user writes it: the extension injects a fresh server. */
@ExtendWith(LiveCoinsMockServerExtension.class)
class MockServerExtensionTest {

  @Test
  void theExtensionServesTheContractWithItsStrictCheck(LiveCoinsMockServer server) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> wallet = http.send(HttpRequest.newBuilder(URI.create(server.url() + "v1/wallet"))
        .header("Authorization", "Bearer " + DemoData.ALICE_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, wallet.statusCode(), wallet.body());
    assertTrue(wallet.body().contains("\"userId\":\"alice\""), wallet.body());

    // Strict mode: a request that breaks docs/openapi.yaml is refused by the bundled contract check.
    HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(server.url() + "v1/coin-packages?region=usa"))
        .header("Authorization", "Bearer " + DemoData.ALICE_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, bad.statusCode(), bad.body());
    assertEquals(1, server.requestViolations().size());
  }
}
