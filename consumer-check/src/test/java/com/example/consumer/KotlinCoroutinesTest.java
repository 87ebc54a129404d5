package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.kotlin.LiveCoinsCalls;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.wallet.Wallet;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.BuildersKt;
import org.junit.jupiter.api.Test;

/**
 * sdk-kotlin as published: its POM must bring kotlinx-coroutines and a Kotlin stdlib that link with
 * sdk-core's. Called from Java (no Kotlin compiler in this project): {@code runBlocking { balance().await() }}.
 */
class KotlinCoroutinesTest {

  @Test
  void awaitSuspendsUntilTheMockServerAnswers() throws Exception {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().build().start();
        LiveCoins client = LiveCoins.builder()
            .baseUrl(server.url().toString())
            .authTokenProvider(AuthTokenProvider.of("alice", DemoData.ALICE_TOKEN))
            .build()) {
      Wallet wallet = BuildersKt.runBlocking(EmptyCoroutineContext.INSTANCE,
          (scope, continuation) -> LiveCoinsCalls.await(client.wallet().balance(), continuation));
      assertEquals(server.wallet("alice").coins(), wallet.coins());
    }
  }
}
