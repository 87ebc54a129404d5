package io.livecoins.sample.android;

import static org.assertj.core.api.Assertions.assertThat;

import android.content.Intent;
import android.graphics.drawable.BitmapDrawable;
import android.graphics.drawable.ColorDrawable;
import android.graphics.drawable.Drawable;
import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftAsset;
import io.livecoins.gift.GiftCombo;
import io.livecoins.gift.GiftComboListener;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

/** The gift panel and the live feed show a gift as it would appear: name, value, tier and its frame. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, manifest = Config.NONE, application = TestApp.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE) // real image decoding (the legacy shadows cannot read WebP)
public class GiftDisplayTest {
  private static final String BOB = "demo-token-bob";

  private LiveCoinsMockServer server;
  private TestApp app;
  private ActivityController<MainActivity> controller;
  private final ExecutorService otherDevice = Executors.newSingleThreadExecutor();

  @Before
  public void startServer() {
    server = LiveCoinsMockServer.builder().build().start();
    app = (TestApp) RuntimeEnvironment.getApplication();
  }

  @After
  public void stopEverything() {
    if (controller != null && !controller.get().isDestroyed()) controller.pause().stop().destroy();
    Ui.idle();
    otherDevice.shutdownNow();
    server.close();
  }

  private MainActivity launch() {
    Intent intent = new Intent(app, MainActivity.class)
        .putExtra(MainActivity.EXTRA_BASE_URL, server.url("/").toString())
        .putExtra(MainActivity.EXTRA_TOKEN, BOB);
    controller = Robolectric.buildActivity(MainActivity.class, intent).setup();
    MainActivity activity = controller.get();
    Ui.await(app, "the gift card", () -> text(activity.giftCardView).startsWith("Rose"));
    return activity;
  }

  private static String text(android.widget.TextView view) {
    return view.getText().toString();
  }

  private static int frameWidth(Drawable drawable) {
    return ((BitmapDrawable) drawable).getBitmap().getWidth();
  }

  @Test
  public void theSelectedGiftShowsItsNameValueTierAndDecodedFrame() {
    MainActivity activity = launch();

    Ui.await(app, "the rose's frame", () -> activity.giftFrameView.getDrawable() instanceof BitmapDrawable);

    assertThat(text(activity.giftCardView)).isEqualTo("Rose — 1 coin · tier 1");
    assertThat(frameWidth(activity.giftFrameView.getDrawable())).isEqualTo(32);
    assertThat(text(activity.giftFrameInfoView)).isEqualTo("image/webp · 440 bytes · 400 ms · 32×32");
    // the asset came from the mock's file server through the client's cache, without the user's
    // token, once (the screen's load and the catalog prefetch share one download)
    Ui.await(app, "the prefetch", () -> server.assets().downloads().size() == framesOfTheCatalog(activity));
    assertThat(server.assets().downloads()).contains("rose.webp 200 none").doesNotHaveDuplicates()
        .allMatch(line -> line.endsWith(" 200 none"));
  }

  @Test
  public void aLottieOnlyGiftShowsAPlaceholder() {
    MainActivity activity = launch();

    assertThat(activity.selectGift("universe")).isTrue();

    Ui.await(app, "the placeholder", () -> activity.giftFrameView.getDrawable() instanceof ColorDrawable);
    assertThat(text(activity.giftCardView)).isEqualTo("Universe — 34999 coins · tier 5");
    assertThat(((ColorDrawable) activity.giftFrameView.getDrawable()).getColor())
        .isEqualTo(MainActivity.PLACEHOLDER_COLOR);
    assertThat(text(activity.giftFrameInfoView))
        .isEqualTo("Placeholder: application/lottie+json is not supported here");
  }

  @Test
  public void aCorruptedFileShowsAPlaceholderNotABrokenImage() {
    server.assets().corruptNext(1);
    MainActivity activity = launch();

    Ui.await(app, "the placeholder", () -> activity.giftFrameView.getDrawable() instanceof ColorDrawable);
    assertThat(text(activity.giftFrameInfoView)).isEqualTo("Placeholder: checksum mismatch");
  }

  @Test
  public void gifAndPngFramesDecodeToo() {
    MainActivity activity = launch();
    Ui.await(app, "the rose's frame", () -> activity.giftFrameView.getDrawable() instanceof BitmapDrawable);
    Gift rose = activity.selectedGift();
    GiftFrames frames = new GiftFrames(GiftFrames.cached(app::giftAssets), app.mainExecutor());
    List<String> shown = new ArrayList<>();
    for (String type : new String[] {GiftAsset.GIF, GiftAsset.PNG}) {
      GiftAsset asset = rose.animation(java.util.Collections.singleton(type));
      Gift only = rose.toBuilder().assets(java.util.Collections.singletonList(asset)).build();
      AtomicReference<GiftFrames.Frame> frame = new AtomicReference<>();
      frames.load(only, frame::set);
      Ui.await(app, type + " decoded", () -> frame.get() != null);
      assertThat(frame.get().placeholder()).as(type + ": " + frame.get().reason).isFalse();
      shown.add(type + " " + frame.get().bitmap.getWidth() + "x" + frame.get().bitmap.getHeight());
    }
    frames.close();
    assertThat(shown).containsExactly("image/gif 32x32", "image/png 32x32");
  }

  @Test
  public void aFeedEventFromAnotherPhoneShowsTheComboCountAndFrameWithoutACatalogCall() throws Exception {
    MainActivity activity = launch();
    Ui.idle();
    assertThat(server.awaitActiveEventStreams(1, java.time.Duration.ofSeconds(10))).isTrue();
    long catalogReads = catalogReads();
    // the catalog's frames are prefetched into the on-disk cache: the feed event below shows from it
    Ui.await(app, "the prefetch", () -> server.assets().downloads().size() == framesOfTheCatalog(activity));
    List<String> downloadsBefore = new ArrayList<>(server.assets().downloads());

    // Bob's other phone taps perfume three times, each tap once the last went out: "× 1", "× 2", "× 3".
    LiveCoins otherPhone = LiveCoins.builder()
        .baseUrl(server.url("/").toString())
        .authTokenProvider(AuthTokenProvider.of("bob", BOB))
        .retryPolicy(RetryPolicy.none())
        .build();
    otherDevice.submit(() -> {
      Gift perfume = otherPhone.gifts().catalog().execute().get(3);
      otherPhone.wallet().balance().execute();
      Semaphore sent = new Semaphore(0);
      try (GiftCombo combo = otherPhone.gifts().combo(perfume, "carol", "stream-carol", new GiftComboListener() {
        @Override public void onBatchSent(GiftCombo c, SendGiftResult result) {
          sent.release();
        }
      })) {
        for (int i = 0; i < 3; i++) {
          combo.tap();
          if (!sent.tryAcquire(10, TimeUnit.SECONDS)) throw new AssertionError("batch not sent");
        }
      }
      return null;
    }).get(30, TimeUnit.SECONDS);
    long afterOtherPhone = catalogReads();

    Ui.await(app, "the third perfume of the combo",
        () -> text(activity.lastGiftView).startsWith("Perfume × 3"));
    Ui.await(app, "the perfume's frame", () -> activity.lastGiftFrameView.getDrawable() instanceof BitmapDrawable);
    assertThat(text(activity.lastGiftView)).isEqualTo("Perfume × 3 from bob — 20 coins each · tier 2");
    assertThat(text(activity.lastGiftFrameInfoView)).startsWith("image/webp · ");
    assertThat(activity.feedLines()).containsSubsequence(
        "bob sent Perfume × 3 to carol (20 coins)", "bob sent Perfume × 2 to carol (20 coins)",
        "bob sent Perfume × 1 to carol (20 coins)");
    assertThat(catalogReads()).isEqualTo(afterOtherPhone); // the screen looked nothing up
    assertThat(server.assets().downloads()).isEqualTo(downloadsBefore); // the frame came from disk
    assertThat(afterOtherPhone).isEqualTo(catalogReads + 1); // only the other phone read the catalog
  }

  /** How many of the catalog's gifts have a frame this screen can show (one file each). */
  private static int framesOfTheCatalog(MainActivity activity) {
    int n = 0;
    for (Gift gift : activity.gifts()) {
      if (gift.animation(GiftFrames.SUPPORTED) != null) n++;
    }
    return n;
  }

  private long catalogReads() {
    long n = 0;
    for (LoggedRequest r : server.requestLog()) {
      if ("GET /v1/gifts".equals(r.route())) n++;
    }
    return n;
  }
}
