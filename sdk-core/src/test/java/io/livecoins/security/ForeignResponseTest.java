package io.livecoins.security;

import static io.livecoins.test.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.Effect;
import io.livecoins.LiveCoins;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.RetryPolicy;
import io.livecoins.gift.Gift;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.wallet.Wallet;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server answer about someone else (another user's wallet, another gift) is never accepted. */
final class ForeignResponseTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final LiveCoins client =
      LiveCoins.builder()
          .baseUrl(server.url("/").toString())
          .authTokenProvider(AuthTokenProvider.of("alice", "demo-token-alice"))
          .retryPolicy(RetryPolicy.builder().jitter(false).build())
          .sleeper(new RecordingSleeper())
          .build();

  @AfterEach
  void tearDown() {
    server.close();
  }

  private static String wallet(String user, long coins, long version) {
    return "{\"userId\":\"" + user + "\",\"coins\":" + coins + ",\"diamonds\":0,\"version\":" + version + "}";
  }

  @Test
  void anotherUsersWalletIsRefusedAndNeverCached() {
    server.enqueue(json(200, wallet("alice", 10, 1)));
    server.enqueue(json(200, wallet("bob", 5000, 9)));

    Wallet mine = client.wallet().balance().execute();
    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class, () -> client.wallet().balance().execute());

    assertThat(e.getMessage()).contains("another user's wallet");
    assertThat(client.wallet().cached()).isEqualTo(mine);
  }

  @Test
  void aGiftReceiptForSomethingElseIsMalformedButApplied() {
    server.enqueue(json(200, wallet("alice", 100, 1)));
    server.enqueue(
        json(
            200,
            "{\"gift\":{\"id\":\"gft_1\",\"giftId\":\"lion\",\"recipientId\":\"carol\",\"streamId\":\"stream-carol\","
                + "\"quantity\":1,\"coinCost\":1,\"coins\":1,\"createdAt\":\"2026-11-25T10:00:00Z\"},"
                + "\"wallet\":" + wallet("alice", 99, 2) + "}"));
    Wallet before = client.wallet().balance().execute();
    Gift rose = Gift.builder("rose", "Rose", 1).build();

    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class,
            () -> client.gifts().send(rose, "carol", "stream-carol", 1).execute());

    assertThat(e.getMessage()).contains("does not match the request");
    assertThat(e.effect()).isEqualTo(Effect.APPLIED);
    assertThat(client.wallet().cached()).isEqualTo(before);
  }
}
