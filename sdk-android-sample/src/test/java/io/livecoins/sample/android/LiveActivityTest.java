package io.livecoins.sample.android;

import static org.assertj.core.api.Assertions.assertThat;

import android.content.Intent;
import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.testing.LiveCoinsMockServer;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;

/** The Kotlin live screen (coroutines and Flows, one scope per Activity) against the mock server. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, manifest = Config.NONE, application = TestApp.class)
public class LiveActivityTest {
  private static final String BOB = "demo-token-bob"; // 1000 coins

  private LiveCoinsMockServer server;
  private TestApp app;
  private ActivityController<LiveActivity> controller;
  /** Another viewer's device: sends gifts off the main thread, as a real other phone would. */
  private final ExecutorService otherDevice = Executors.newSingleThreadExecutor();

  @Before
  public void start() {
    // A fast heartbeat: the server notices a feed connection the screen closed at once.
    server = LiveCoinsMockServer.builder().sseHeartbeat(Duration.ofMillis(50)).build().start();
    app = (TestApp) RuntimeEnvironment.getApplication();
    app.start(server.url("/").toString(), BOB);
  }

  @After
  public void stop() throws InterruptedException {
    if (controller != null && !controller.get().isDestroyed()) controller.pause().stop().destroy();
    Ui.idle();
    otherDevice.shutdownNow();
    otherDevice.awaitTermination(10, TimeUnit.SECONDS);
    server.close();
  }

  private LiveActivity launch() {
    controller = Robolectric.buildActivity(LiveActivity.class, new Intent(app, LiveActivity.class)).setup();
    LiveActivity activity = controller.get();
    Ui.await(app, "the balance", () -> text(activity.getBalanceView()).equals("Coins: 1000"));
    awaitFeedConnections(1);
    return activity;
  }

  /** Runs what the screen posted to the main thread (a cancelled collector finishes there), then waits for the server. */
  private void awaitFeedConnections(int count) {
    Ui.idle();
    try {
      assertThat(server.awaitActiveEventStreams(count, Duration.ofSeconds(10)))
          .describedAs("%d open feed connection(s)", count)
          .isTrue();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Bob, on his other phone (another client), sends {@code giftId} in carol's stream. */
  private void sentFromAnotherPhone(String giftId) throws Exception {
    LiveCoins otherPhone =
        LiveCoins.builder()
            .baseUrl(server.url("/").toString())
            .authTokenProvider(AuthTokenProvider.of("bob", BOB))
            .retryPolicy(RetryPolicy.none())
            .build();
    otherDevice.submit(() -> otherPhone.gifts().send(giftId, "carol", "stream-carol", 1).execute())
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  public void showsTheBalanceSendsARoseAndSeesItInTheLiveFeed() {
    LiveActivity activity = launch();

    activity.getSendButton().performClick();

    Ui.await(app, "the send to finish", () -> text(activity.getStatusView()).equals("Sent a rose: 999 coins left"));
    Ui.await(app, "the balance to follow", () -> text(activity.getBalanceView()).equals("Coins: 999"));
    Ui.await(app, "the rose in the feed", () -> activity.feedLines().contains("bob sent Rose"));
    assertThat(activity.getSendButton().isEnabled()).isTrue();
    assertThat(server.wallet("bob").coins()).isEqualTo(999);
    assertThat(app.postsFromBackground.get()).isPositive(); // resumed via the main looper
  }

  @Test
  public void stoppingClosesTheFeedAndStartingAgainShowsWhatWasMissed() throws Exception {
    LiveActivity activity = launch();
    sentFromAnotherPhone("rose");
    Ui.await(app, "the rose from the other phone", () -> activity.feedLines().contains("bob sent Rose"));

    controller.pause().stop();
    awaitFeedConnections(0);
    sentFromAnotherPhone("perfume"); // while the screen is in the background
    controller.start().resume();

    Ui.await(app, "the missed perfume", () -> activity.feedLines().contains("bob sent Perfume"));
    assertThat(activity.feedLines()).containsExactly("bob sent Perfume", "bob sent Rose");
  }

  @Test
  public void destroyingTheScreenCancelsItsScopeAndNothingReachesItAfterwards() throws Exception {
    LiveActivity activity = launch();
    String balance = text(activity.getBalanceView());

    controller.pause().stop().destroy();
    awaitFeedConnections(0);
    // Bob spends on another screen: the wallet flow of the destroyed screen no longer listens.
    CountDownLatchCallback spent = new CountDownLatchCallback();
    app.client().gifts().send("rose", "carol", "stream-carol", 1).enqueue(spent);
    Ui.await(app, "the other send", () -> spent.done);
    Ui.idle();

    assertThat(server.wallet("bob").coins()).isEqualTo(999);
    assertThat(text(activity.getBalanceView())).isEqualTo(balance);
  }

  private static final class CountDownLatchCallback
      implements io.livecoins.Callback<io.livecoins.gift.SendGiftResult> {
    volatile boolean done;

    @Override
    public void onSuccess(io.livecoins.Call<io.livecoins.gift.SendGiftResult> call, io.livecoins.gift.SendGiftResult r) {
      done = true;
    }

    @Override
    public void onFailure(io.livecoins.Call<io.livecoins.gift.SendGiftResult> call, io.livecoins.errors.LiveCoinsException e) {
      throw new AssertionError(e);
    }
  }

  private static String text(android.widget.TextView view) {
    return view.getText().toString();
  }
}
