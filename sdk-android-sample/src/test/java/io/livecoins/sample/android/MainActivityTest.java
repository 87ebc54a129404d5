package io.livecoins.sample.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.robolectric.Shadows.shadowOf;

import android.app.AlertDialog;
import android.content.Context;
import android.content.DialogInterface;
import android.content.Intent;
import android.os.Looper;
import io.livecoins.AuthTokenProvider;
import io.livecoins.Call;
import io.livecoins.LiveCoins;
import io.livecoins.errors.Effect;
import io.livecoins.errors.NetworkException;
import io.livecoins.RetryPolicy;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.PendingOrder;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.OrderSnapshot;
import io.livecoins.wallet.Wallet;
import java.util.ArrayList;
import java.util.List;
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
import org.robolectric.shadows.ShadowAlertDialog;
import org.robolectric.shadows.ShadowDialog;

/** Drives the sample's screen against the sdk-testing mock server on 127.0.0.1. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, manifest = Config.NONE, application = TestApp.class)
public class MainActivityTest {
  private static final String ALICE = "demo-token-alice"; // 0 coins
  private static final String BOB = "demo-token-bob"; // 1000 coins
  private static final int CARD_VISA = 0;
  private static final int CARD_DECLINED = 2;

  private LiveCoinsMockServer server;
  private TestApp app;
  private final List<ActivityController<MainActivity>> controllers = new ArrayList<>();

  @Before
  public void startServer() {
    server = LiveCoinsMockServer.builder().build().start();
    app = (TestApp) RuntimeEnvironment.getApplication();
  }

  @After
  public void stopEverything() {
    for (ActivityController<MainActivity> controller : controllers) {
      if (!controller.get().isDestroyed()) controller.pause().stop().destroy();
    }
    Ui.idle();
    server.close();
  }

  @Test
  public void buyingUpdatesTheBalanceOnTheMainThread() {
    MainActivity activity = launch(ALICE);
    AtomicReference<Thread> listenerThread = new AtomicReference<>();
    app.client().wallet().addListener(w -> listenerThread.set(Thread.currentThread()));

    activity.cardSpinner.setSelection(CARD_VISA);
    activity.buyButton("coins-700").performClick();

    Ui.await(app, "the balance header to show 735 coins", () -> text(activity.balanceView).contains("Coins: 735"));
    Ui.await(app, "the purchase's callback", () -> text(activity.statusView).equals("Bought 735 coins"));
    assertThat(listenerThread.get()).isSameAs(Looper.getMainLooper().getThread());
    assertThat(app.postsFromBackground.get()).isPositive(); // delivered from the SDK's threads via the main looper
    assertThat(server.wallet("alice").coins()).isEqualTo(735);
    assertThat(pendingRecords()).isEmpty();
    assertThat(ShadowDialog.getLatestDialog()).isNull();
  }

  @Test
  public void blockingExecuteOnTheMainThreadFailsFastAndTheCallStillRunsOffIt() {
    LiveCoins client = LiveCoins.builder()
        .baseUrl(server.url("/").toString())
        .authTokenProvider(AuthTokenProvider.of("bob", BOB))
        .retryPolicy(RetryPolicy.none())
        .build();
    Call<Wallet> call = client.wallet().balance();

    IllegalStateException refused = catchThrowableOfType(IllegalStateException.class, call::execute);

    assertThat(refused).hasMessageContaining("main thread").hasMessageContaining("enqueue");
    assertThat(call.isExecuted()).isFalse(); // refused before anything was sent
    assertThat(Ui.offMain(call::execute).coins()).isEqualTo(1000);
  }

  @Test
  public void declinedCardShowsTheDialogAndChangesNothing() {
    MainActivity activity = launch(ALICE);
    activity.cardSpinner.setSelection(CARD_DECLINED);
    activity.buyButton("coins-70").performClick();

    AlertDialog dialog = awaitDialog(activity);
    assertThat(shadowOf(dialog).getTitle().toString()).isEqualTo("Payment declined");
    assertThat(shadowOf(dialog).getMessage().toString())
        .isEqualTo("Your card was declined. Try another card. You have not been charged.");
    assertThat(text(activity.balanceView)).isEqualTo("Coins: 0   ·   Diamonds: 0");
    assertThat(server.wallet("alice").coins()).isZero();
    assertThat(server.orders()).extracting(OrderSnapshot::status).containsExactly("FAILED");
    assertThat(pendingRecords()).isEmpty();
  }

  @Test
  public void insufficientCoinsOffersTheTopUpPackage() {
    MainActivity activity = launch(ALICE);
    Ui.await(app, "the gift catalog", () -> activity.selectGift("rose"));
    activity.sendButton.performClick();

    AlertDialog dialog = awaitDialog(activity);
    assertThat(shadowOf(dialog).getTitle().toString()).isEqualTo("Not enough coins");
    assertThat(shadowOf(dialog).getMessage().toString())
        .isEqualTo("This costs 1 coins and you have 0. Top up 70 coins for $0.99?");
    assertThat(dialog.getButton(DialogInterface.BUTTON_POSITIVE).getText().toString()).isEqualTo("Top up");
    assertThat(server.wallet("alice").coins()).isZero();

    activity.cardSpinner.setSelection(CARD_VISA);
    dialog.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
    Ui.await(app, "the top-up to land", () -> text(activity.balanceView).contains("Coins: 70"));
    assertThat(server.orders()).extracting(OrderSnapshot::packageId).containsExactly("coins-70");
  }

  @Test
  public void comboTapsAreCoalescedIntoFewRequests() {
    MainActivity activity = launch(BOB);
    Ui.await(app, "the gift catalog", () -> activity.selectGift("rose"));
    for (int i = 0; i < 5; i++) activity.comboButton.performClick();
    assertThat(activity.comboCounts()[0]).isEqualTo(5);

    Ui.await(app, "all 5 taps to be sent", () -> activity.comboCounts()[1] == 5);
    long sends = server.requestLog().stream().filter(r -> r.route().equals("POST /v1/gifts/send")).count();
    assertThat(sends).isBetween(1L, 4L);
    assertThat(server.wallet("bob").coins()).isEqualTo(995);
    Ui.await(app, "the balance header to follow", () -> text(activity.balanceView).contains("Coins: 995"));
    assertThat(text(activity.comboCounterView)).isEqualTo("Combo ×5   (sent 5)");
  }

  @Test
  public void recreateKeepsWhatTheUserSees() {
    ActivityController<MainActivity> controller = launchController(BOB);
    MainActivity first = controller.get();
    Ui.await(app, "the gift catalog", () -> first.selectGift("perfume"));
    first.cardSpinner.setSelection(CARD_DECLINED);
    first.withdrawField.setText("2500");
    first.buyButton("coins-70").performClick();
    awaitDialog(first);
    String balance = text(first.balanceView);

    controller.recreate();
    MainActivity second = controller.get();

    assertThat(second).isNotSameAs(first);
    assertThat(first.calls().isReleased()).isTrue();
    assertThat(app.resumeListenerCount()).isEqualTo(1);
    assertThat(second.cardSpinner.getSelectedItemPosition()).isEqualTo(CARD_DECLINED);
    assertThat(text(second.withdrawField)).isEqualTo("2500");
    assertThat(text(second.balanceView)).isEqualTo(balance);
    assertThat(text(second.statusView)).isEqualTo("Purchase failed");
    AlertDialog dialog = (AlertDialog) ShadowDialog.getLatestDialog();
    assertThat(dialog.isShowing()).isTrue();
    assertThat(shadowOf(dialog).getTitle().toString()).isEqualTo("Payment declined");
    Ui.await(app, "the gift catalog again", () -> second.selectedGift() != null);
    assertThat(second.selectedGift().id()).isEqualTo("perfume");
  }

  @Test
  public void noCallbackReachesTheActivityAfterOnDestroy() {
    ActivityController<MainActivity> controller = launchController(BOB);
    MainActivity activity = controller.get();
    activity.cardSpinner.setSelection(CARD_VISA);
    activity.buyButton("coins-70").performClick(); // a purchase in flight
    String before = text(activity.balanceView);
    String statusBefore = text(activity.statusView);

    controller.pause().stop().destroy();
    assertThat(activity.calls().isReleased()).isTrue();
    assertThat(activity.calls().inFlight()).isZero();
    assertThat(app.resumeListenerCount()).isZero();

    // The purchase still completes (never cancelled half-way) and the wallet changes; the destroyed
    // activity hears nothing of it.
    Ui.await(app, "the purchase to complete on the server", () -> server.wallet("bob").coins() == 1070);
    Ui.offMain(() -> app.client().gifts().send("rose", "carol", "stream-carol", 1).execute());
    Ui.await(app, "the wallet cache to see the gift", () -> app.client().wallet().cached() != null
        && app.client().wallet().cached().coins() == 1069);
    Ui.idle();
    assertThat(text(activity.balanceView)).isEqualTo(before);
    assertThat(text(activity.statusView)).isEqualTo(statusBefore);
    assertThat(ShadowDialog.getLatestDialog()).isNull();
  }

  @Test
  public void relaunchResumesAnOrderLeftPending() {
    // The previous run: paid, then the app died before the confirmation got through.
    LiveCoins previousRun = LiveCoins.builder()
        .baseUrl(server.url("/").toString())
        .authTokenProvider(AuthTokenProvider.of("alice", ALICE))
        .paymentProvider(new SandboxPaymentProvider())
        .pendingOrderStore(new SharedPreferencesPendingOrderStore(app))
        .retryPolicy(RetryPolicy.none())
        .build();
    CoinPackage pack = Ui.offMain(() -> previousRun.recharge().packages().execute()).get(0);
    server.faults().once("POST /v1/recharge-orders/{id}/confirm", Fault.dropBeforeProcessing());
    try {
      Ui.offMain(() -> previousRun.recharge().purchase(pack, SandboxPaymentProvider.ID, TestCard.VISA).execute());
      throw new AssertionError("the confirmation should have been lost");
    } catch (NetworkException e) {
      assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    }
    assertThat(pendingRecords()).extracting(PendingOrder::state).containsExactly(PendingOrder.State.AUTHORIZED);
    assertThat(server.wallet("alice").coins()).isZero();

    // The relaunch: a new client over the same preferences resumes at start.
    app.start(server.url("/").toString(), ALICE);
    MainActivity activity = controller(null).get();

    Ui.await(app, "the resumed order to be credited", () -> text(activity.balanceView).contains("Coins: 70"));
    Ui.await(app, "the status", () -> text(activity.statusView).equals("Finished 1 interrupted purchase: +70 coins"));
    assertThat(server.wallet("alice").coins()).isEqualTo(70);
    assertThat(server.orders()).extracting(OrderSnapshot::status).containsExactly("COMPLETED");
    assertThat(pendingRecords()).isEmpty();
  }

  @Test
  public void offlineShowsTheNoConnectionDialog() {
    String url = server.url("/").toString();
    server.close(); // nothing listens there any more
    Intent intent = new Intent(app, MainActivity.class)
        .putExtra(MainActivity.EXTRA_BASE_URL, url)
        .putExtra(MainActivity.EXTRA_TOKEN, BOB);
    ActivityController<MainActivity> controller = Robolectric.buildActivity(MainActivity.class, intent);
    controllers.add(controller);
    MainActivity activity = controller.setup().get();

    AlertDialog dialog = awaitDialog(activity);
    assertThat(shadowOf(dialog).getTitle().toString()).isEqualTo("No connection");
    assertThat(shadowOf(dialog).getMessage().toString())
        .startsWith("You appear to be offline. Check your connection and try again.");
  }

  // ---------------------------------------------------------------------------------------------

  /** Launches the screen through its intent (base URL and token extras) and waits until it shows data. */
  private MainActivity launch(String token) {
    return launchController(token).get();
  }

  private ActivityController<MainActivity> launchController(String token) {
    ActivityController<MainActivity> controller = controller(token);
    MainActivity activity = controller.get();
    Ui.await(app, "packages and balance", () -> activity.buyButton("coins-70") != null
        && text(activity.balanceView).startsWith("Coins: ") && !text(activity.balanceView).contains("…"));
    return controller;
  }

  private ActivityController<MainActivity> controller(String token) {
    Intent intent = new Intent(app, MainActivity.class);
    if (token != null) {
      intent.putExtra(MainActivity.EXTRA_BASE_URL, server.url("/").toString()).putExtra(MainActivity.EXTRA_TOKEN, token);
    }
    ActivityController<MainActivity> controller = Robolectric.buildActivity(MainActivity.class, intent).setup();
    controllers.add(controller);
    return controller;
  }

  private AlertDialog awaitDialog(MainActivity activity) {
    Ui.await(app, "a dialog", () -> activity.dialog != null && activity.dialog.isShowing());
    assertThat(ShadowAlertDialog.getLatestDialog()).isSameAs(activity.dialog);
    return activity.dialog;
  }

  private List<PendingOrder> pendingRecords() {
    return new SharedPreferencesPendingOrderStore(
            app.getSharedPreferences(SharedPreferencesPendingOrderStore.PREFS_NAME, Context.MODE_PRIVATE))
        .all();
  }

  private static String text(android.widget.TextView view) {
    return view.getText().toString();
  }
}
