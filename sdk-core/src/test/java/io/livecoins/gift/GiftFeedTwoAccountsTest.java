package io.livecoins.gift;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.LiveCoinsMockServer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two accounts on one device: two clients, each with its own feed of the same stream. */
final class GiftFeedTwoAccountsTest {
  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().build().start();

  @AfterEach
  void tearDown() {
    try {
      server.assertConsistent();
      server.assertNoContractViolations();
    } finally {
      server.close();
    }
  }

  private LiveCoins client(String token) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(server.userIdOf(token), token))
        .retryPolicy(RetryPolicy.builder().jitter(false).build())
        .sleeper(duration -> {}) // no combo window: each tap is its own batch
        .build();
  }

  private static GiftEvent next(BlockingQueue<GiftEvent> events) throws InterruptedException {
    GiftEvent event = events.poll(10, TimeUnit.SECONDS);
    assertThat(event).isNotNull();
    return event;
  }

  @Test
  void eachAccountsFeedSeesEveryComboBatchOnceWithItsCountAndOutlivesTheOtherAccountsClient() throws Exception {
    LiveCoins bob = client(DemoData.BOB_TOKEN);
    LiveCoins alice = client(DemoData.ALICE_TOKEN);
    BlockingQueue<GiftEvent> bobSees = new LinkedBlockingQueue<>();
    BlockingQueue<GiftEvent> aliceSees = new LinkedBlockingQueue<>();
    try {
      GiftFeed bobFeed = bob.gifts().events(DemoData.CAROL_STREAM, bobSees::add);
      GiftFeed aliceFeed = alice.gifts().events(DemoData.CAROL_STREAM, aliceSees::add);
      assertThat(server.awaitActiveEventStreams(2, Duration.ofSeconds(10))).isTrue();

      bob.wallet().balance().execute();
      BlockingQueue<SendGiftResult> sent = new LinkedBlockingQueue<>();
      Gift rose = bob.gifts().catalog().execute().stream()
          .filter(g -> g.id().equals("rose")).findFirst().orElseThrow();
      GiftCombo combo = bob.gifts().combo(rose, DemoData.CAROL, DemoData.CAROL_STREAM, new GiftComboListener() {
            @Override
            public void onBatchSent(GiftCombo c, SendGiftResult result) {
              sent.add(result);
            }
          });
      combo.tap();
      assertThat(sent.poll(10, TimeUnit.SECONDS)).isNotNull();
      combo.tap();
      combo.close();

      for (BlockingQueue<GiftEvent> sees : java.util.List.of(bobSees, aliceSees)) {
        GiftEvent first = next(sees);
        GiftEvent second = next(sees);
        assertThat(first.senderId()).isEqualTo(DemoData.BOB);
        assertThat(first.combo().id()).isEqualTo(combo.comboId());
        assertThat(second.combo().id()).isEqualTo(combo.comboId());
        assertThat(first.combo().count()).isEqualTo(1);
        assertThat(second.combo().count()).isEqualTo(2);
        assertThat(second.displayLabel()).isEqualTo(first.gift().name() + " \u00d7 2");
      }
      assertThat(bobFeed.lastEventId()).isEqualTo(aliceFeed.lastEventId());

      alice.close(); // the other account signs out: its client and feed go, bob's stay
      assertThat(aliceFeed.isClosed()).isTrue();
      assertThat(server.awaitActiveEventStreams(1, Duration.ofSeconds(10))).isTrue();
      bob.gifts().send("rose", DemoData.CAROL, DemoData.CAROL_STREAM, 3).execute();

      assertThat(next(bobSees).quantity()).isEqualTo(3);
      assertThat(bobFeed.isClosed()).isFalse();
      assertThat(aliceSees).isEmpty();
      assertThat(bobSees).isEmpty();
    } finally {
      alice.close();
      bob.close();
    }
  }
}
