package io.livecoins.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.test.MockServers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client derived with {@code newBuilder()} for the same user and backend (another region, another
 * timeout) shows the same wallet: what one learns, the other's {@code cached()} and listeners see.
 */
final class WalletAcrossClientsTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final MockWebServer otherBackend = MockServers.startLoopback();

  @AfterEach
  void tearDown() {
    server.close();
    otherBackend.close();
  }

  private static String wallet(String user, long coins, long version) {
    return "{\"userId\":\"" + user + "\",\"coins\":" + coins + ",\"diamonds\":0,\"version\":" + version + "}";
  }

  private LiveCoins client(String user) {
    return LiveCoins.builder()
        .baseUrl(server.url("/").toString())
        .authTokenProvider(AuthTokenProvider.of(user, "token-" + user))
        .paymentProvider(new SandboxPaymentProvider())
        .build();
  }

  @Test
  void aWalletReadByADerivedClientReachesTheOriginalsCacheAndListeners() {
    server.enqueue(MockServers.json(200, wallet("bob", 500, 10)));
    server.enqueue(MockServers.json(200, wallet("bob", 1235, 11)));
    LiveCoins client = client("bob");
    List<Long> heard = new CopyOnWriteArrayList<>();
    client.wallet().addListener(w -> heard.add(w.version()));
    client.wallet().balance().execute();

    LiveCoins gb = client.newBuilder().region("GB").build();
    gb.wallet().balance().execute(); // e.g. after a purchase in the GB catalog

    assertThat(client.wallet().cached().coins()).isEqualTo(1235);
    assertThat(heard).containsExactly(10L, 11L);
    assertThat(gb.wallet().cached()).isEqualTo(client.wallet().cached());
    gb.close();
    client.close();
  }

  @Test
  void aDerivedClientWithItsOwnCallbackExecutorKeepsItsOwnWallet() {
    server.enqueue(MockServers.json(200, wallet("bob", 500, 10)));
    server.enqueue(MockServers.json(200, wallet("bob", 1235, 11)));
    LiveCoins client = client("bob");
    List<Long> heard = new CopyOnWriteArrayList<>();
    client.wallet().addListener(w -> heard.add(w.version()));
    client.wallet().balance().execute();

    // Its listeners must run on its executor, so it cannot share the original's.
    LiveCoins other = client.newBuilder().callbackExecutor(Runnable::run).build();
    other.wallet().balance().execute();

    assertThat(client.wallet().cached().version()).isEqualTo(10);
    assertThat(heard).containsExactly(10L);
    assertThat(other.wallet().cached().version()).isEqualTo(11);
    other.close();
    client.close();
  }

  @Test
  void anotherUserOrAnotherBackendKeepsItsOwnWallet() {
    server.enqueue(MockServers.json(200, wallet("bob", 500, 10)));
    server.enqueue(MockServers.json(200, wallet("alice", 7, 99)));
    otherBackend.enqueue(MockServers.json(200, wallet("bob", 3, 50)));
    LiveCoins bob = client("bob");
    bob.wallet().balance().execute();

    LiveCoins alice = bob.newBuilder().authTokenProvider(AuthTokenProvider.of("alice", "token-alice")).build();
    alice.wallet().balance().execute();
    LiveCoins staging = bob.newBuilder().baseUrl(otherBackend.url("/").toString()).build();
    staging.wallet().balance().execute();

    assertThat(bob.wallet().cached().version()).isEqualTo(10);
    assertThat(alice.wallet().cached().userId()).isEqualTo("alice");
    assertThat(staging.wallet().cached().version()).isEqualTo(50);
    staging.close();
    alice.close();
    bob.close();
  }
}
