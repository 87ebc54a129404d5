package io.livecoins.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.gift.Gift;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.test.MockServers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The app shut its callback executor down (a sign-out, a screen's pool) while a gift was on its way:
 * the gift was charged, so the blocking call must say so, and the wallet it brought is still cached.
 */
final class WalletAfterHostShutdownTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final ExecutorService callbacks = Executors.newSingleThreadExecutor();

  @AfterEach
  void tearDown() {
    server.close();
    callbacks.shutdownNow();
  }

  @Test
  void aSentGiftIsReportedSentAndCachedWhenTheCallbackExecutorWasShutDown() {
    server.enqueue(
        MockServers.json(
            200,
            "{\"gift\":{\"id\":\"gft_1\",\"giftId\":\"rose\",\"recipientId\":\"carol\","
                + "\"streamId\":\"stream-carol\",\"quantity\":2,\"coinCost\":1,\"coins\":2,"
                + "\"createdAt\":\"2026-11-25T10:00:00Z\"},"
                + "\"wallet\":{\"userId\":\"bob\",\"coins\":498,\"diamonds\":0,\"version\":11}}"));
    LiveCoins client =
        LiveCoins.builder()
            .baseUrl(server.url("/").toString())
            .authTokenProvider(AuthTokenProvider.of("bob", "token-bob"))
            .paymentProvider(new SandboxPaymentProvider())
            .callbackExecutor(callbacks)
            .retryPolicy(RetryPolicy.none())
            .build();
    List<Wallet> heard = new CopyOnWriteArrayList<>();
    client.wallet().addListener(heard::add);
    callbacks.shutdown();

    SendGiftResult sent =
        client.gifts().send(Gift.builder("rose", "Rose", 1).build(), "carol", "stream-carol", 2).execute();

    assertThat(sent.wallet().coins()).isEqualTo(498);
    assertThat(client.wallet().cached()).isEqualTo(sent.wallet());
    assertThat(heard).isEmpty();
    client.close();
  }
}
