package io.livecoins.sample.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

import android.content.Intent;
import android.net.Uri;
import io.livecoins.testing.LiveCoinsMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;

/**
 * The hosted checkout's Android wiring: the Web button opens the page in a Custom Tab ({@code ACTION_VIEW}
 * with the Custom Tabs session extra), the return deep link reaches the waiting purchase through
 * {@link CheckoutReturnActivity}, and coming back without a return (the tab was closed) cancels.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, manifest = Config.NONE, application = TestApp.class)
public class CustomTabCheckoutTest {
  private static final String ALICE = "demo-token-alice";

  private LiveCoinsMockServer server;
  private TestApp app;
  private final List<ActivityController<?>> controllers = new ArrayList<>();
  private final OkHttpClient browser = new OkHttpClient.Builder().followRedirects(false).build();

  @Before
  public void startServer() {
    server = LiveCoinsMockServer.builder().build().start();
    app = (TestApp) RuntimeEnvironment.getApplication();
  }

  @After
  public void stopEverything() {
    for (ActivityController<?> c : controllers) {
      if (!c.get().isDestroyed()) c.pause().stop().destroy();
    }
    Ui.idle();
    server.assertConsistent();
    server.close();
  }

  private ActivityController<MainActivity> launch() {
    Intent intent = new Intent(app, MainActivity.class)
        .putExtra(MainActivity.EXTRA_BASE_URL, server.url("/").toString())
        .putExtra(MainActivity.EXTRA_TOKEN, ALICE);
    ActivityController<MainActivity> controller = Robolectric.buildActivity(MainActivity.class, intent).setup();
    controllers.add(controller);
    MainActivity activity = controller.get();
    Ui.await(app, "packages", () -> activity.webButton("coins-700") != null);
    return controller;
  }

  /** Waits for the Custom Tab the purchase starts and returns its intent. */
  private Intent awaitCustomTab() {
    AtomicReference<Intent> started = new AtomicReference<>();
    Ui.await(app, "the checkout page's Custom Tab", () -> {
      Intent next = shadowOf(app).getNextStartedActivity();
      if (next != null && Intent.ACTION_VIEW.equals(next.getAction())) started.set(next);
      return started.get() != null;
    });
    return started.get();
  }

  /** The user on the page: submits its form; answers the return deep link the page redirects to. */
  private String submit(String pageUrl, String method, String outcome) {
    FormBody.Builder form = new FormBody.Builder().add("outcome", outcome);
    if (method != null) form.add("method", method);
    try (Response r = browser.newCall(new Request.Builder().url(pageUrl).post(form.build()).build()).execute()) {
      assertThat(r.code()).isEqualTo(303);
      return r.header("Location");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(android.widget.TextView view) {
    return view.getText().toString();
  }

  @Test
  public void customTabIntentIsAViewIntentWithTheCustomTabsSessionExtra() {
    Intent intent = CheckoutTabs.customTabIntent("https://pay.example.com/checkout/cs_1");
    assertThat(intent.getAction()).isEqualTo(Intent.ACTION_VIEW);
    assertThat(intent.getData()).isEqualTo(Uri.parse("https://pay.example.com/checkout/cs_1"));
    assertThat(intent.getExtras().containsKey(CheckoutTabs.EXTRA_SESSION)).isTrue();
    assertThat(intent.getFlags() & Intent.FLAG_ACTIVITY_NEW_TASK).isNotZero();
  }

  @Test
  public void webButtonOpensTheCheckoutTabAndTheReturnDeepLinkCreditsTheCoins() {
    MainActivity activity = launch().get();

    activity.webButton("coins-700").performClick();
    Intent tab = awaitCustomTab();
    assertThat(tab.getData().toString()).startsWith(server.url("/checkout/").toString());
    assertThat(tab.hasExtra(CheckoutTabs.EXTRA_SESSION)).isTrue();

    String back = submit(tab.getData().toString(), "paypal", "approve");
    assertThat(back).startsWith(CheckoutTabs.RETURN_URL + "?session=");
    controllers.add(Robolectric.buildActivity(CheckoutReturnActivity.class,
        new Intent(Intent.ACTION_VIEW, Uri.parse(back))).create());

    Ui.await(app, "the purchase's callback", () -> text(activity.statusView).equals("Bought 735 coins"));
    assertThat(server.wallet("alice").coins()).isEqualTo(735);
    assertThat(server.checkout().sessions()).containsValue("PAID");
  }

  @Test
  public void resumingWithoutAReturnMeansTheTabWasClosedAndNothingIsCharged() {
    ActivityController<MainActivity> controller = launch();
    MainActivity activity = controller.get();

    activity.webButton("coins-70").performClick();
    awaitCustomTab();
    controller.pause().resume(); // the user closed the Custom Tab: the app comes back, no deep link

    Ui.await(app, "the purchase's cancel", () -> text(activity.statusView).equals("Payment cancelled; you have not been charged"));
    assertThat(server.checkout().sessions().values()).containsOnly("CANCELLED");
    assertThat(server.wallet("alice").coins()).isZero();
  }

  @Test
  public void aReturnNobodyWaitsForIsIgnored() {
    launch();
    controllers.add(Robolectric.buildActivity(CheckoutReturnActivity.class,
        new Intent(Intent.ACTION_VIEW, Uri.parse(CheckoutTabs.RETURN_URL + "?session=cs_404&result=paid"))).create());
    assertThat(app.webCheckout().deliver(io.livecoins.payment.CheckoutReturn.fromUrl(
        CheckoutTabs.RETURN_URL + "?session=cs_404&result=paid"))).isFalse();
    assertThat(server.wallet("alice").coins()).isZero();
  }
}
