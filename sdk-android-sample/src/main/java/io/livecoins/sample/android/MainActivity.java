package io.livecoins.sample.android;

import android.app.Activity;
import android.app.AlertDialog;
import android.content.Intent;
import android.graphics.Typeface;
import android.graphics.drawable.ColorDrawable;
import android.os.Bundle;
import android.text.InputType;
import android.view.View;
import android.view.ViewGroup;
import android.widget.AdapterView;
import android.widget.ArrayAdapter;
import android.widget.Button;
import android.widget.EditText;
import android.widget.ImageView;
import android.widget.LinearLayout;
import android.widget.ScrollView;
import android.widget.Spinner;
import android.widget.TextView;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.InsufficientCoinsException;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.Call;
import io.livecoins.Callback;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftAsset;
import io.livecoins.gift.PrefetchResult;
import io.livecoins.gift.GiftCombo;
import io.livecoins.gift.GiftComboListener;
import io.livecoins.gift.GiftComboStats;
import io.livecoins.gift.GiftEvent;
import io.livecoins.gift.GiftEventListener;
import io.livecoins.gift.GiftFeed;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.payment.HostedCheckoutProvider;
import io.livecoins.payment.PaymentMethod;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.wallet.Earnings;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.Wallet;
import io.livecoins.wallet.WalletListener;
import io.livecoins.wallet.WithdrawalResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The sample's one screen, built in code: balance header, coin packages with a test-card picker, a
 * gift panel with a combo button, the live gift feed of a stream, and creator earnings with
 * withdrawal. Failures are shown as dialogs with the text an app should show ({@link Messages}).
 *
 * <p>Lifecycle: the wallet listener and the resume listener are registered in {@code onCreate} and
 * removed in {@code onDestroy}; the gift feed runs between {@code onStart} and {@code onStop}; every
 * call goes through {@link UiCalls}, which drops callbacks (and cancels reads) in {@code onDestroy};
 * what the user sees is kept across {@code recreate()} in the instance state.
 */
public class MainActivity extends Activity {
  /** Intent extra: the backend's base URL (default {@link SampleApp#DEFAULT_BASE_URL}). */
  public static final String EXTRA_BASE_URL = "io.livecoins.sample.extra.BASE_URL";
  /** Intent extra: the user's bearer token (default {@link SampleApp#DEFAULT_TOKEN}). */
  public static final String EXTRA_TOKEN = "io.livecoins.sample.extra.TOKEN";

  /** The creator and stream of the mock server's seed data. */
  static final String CREATOR_ID = "carol";
  static final String STREAM_ID = "stream-carol";
  static final int FEED_LINES = 20;
  /** The grey of a gift frame that can't be shown here. */
  static final int PLACEHOLDER_COLOR = 0xFFBDBDBD;

  /** The test cards of the sandbox provider, as offered in the picker. */
  static final String[] CARD_LABELS = {
    "Visa 4242 — succeeds",
    "Mastercard 4444 — succeeds",
    "4000…0002 — declined",
    "4000…9995 — insufficient funds",
    "4000…0069 — expired card",
    "4000…0127 — incorrect CVC",
    "4000…0119 — processing error",
    "4000…3155 — needs 3-D Secure",
    "4000…3155 — 3-D Secure done",
    "Visa — payment settles later",
    "Visa — user cancels",
  };
  static final TestCard[] CARDS = {
    TestCard.VISA,
    TestCard.MASTERCARD,
    TestCard.DECLINED,
    TestCard.INSUFFICIENT_FUNDS,
    TestCard.EXPIRED_CARD,
    TestCard.INCORRECT_CVC,
    TestCard.PROCESSING_ERROR,
    TestCard.AUTHENTICATION_REQUIRED,
    TestCard.AUTHENTICATION_REQUIRED.withThreeDSecureCompleted(),
    TestCard.VISA.pendingFor(2),
    TestCard.VISA.cancelledByUser(),
  };

  private static final String STATE_CARD = "card";
  private static final String STATE_GIFT = "gift";
  private static final String STATE_STATUS = "status";
  private static final String STATE_FEED = "feed";
  private static final String STATE_COMBO_TAPS = "comboTaps";
  private static final String STATE_COMBO_SENT = "comboSent";
  private static final String STATE_EARNINGS = "earnings";
  private static final String STATE_WITHDRAW = "withdraw";
  private static final String STATE_BASE_URL = "baseUrl";
  private static final String STATE_DIALOG_TITLE = "dialogTitle";
  private static final String STATE_DIALOG_MESSAGE = "dialogMessage";
  private static final String STATE_DIALOG_TOP_UP = "dialogTopUp";

  // Views (package-private for the tests).
  EditText baseUrlField;
  EditText tokenField;
  Button connectButton;
  TextView balanceView;
  TextView statusView;
  Spinner cardSpinner;
  LinearLayout packagesView;
  Spinner giftSpinner;
  Button sendButton;
  Button comboButton;
  TextView comboCounterView;
  TextView giftCardView;
  ImageView giftFrameView;
  TextView giftFrameInfoView;
  TextView feedView;
  TextView lastGiftView;
  ImageView lastGiftFrameView;
  TextView lastGiftFrameInfoView;
  Button earningsButton;
  TextView earningsView;
  EditText withdrawField;
  Button withdrawButton;
  AlertDialog dialog;

  private SampleApp app;
  private LiveCoins client;
  private UiCalls calls;
  private final List<CoinPackage> packages = new ArrayList<>();
  private final List<Gift> gifts = new ArrayList<>();
  private final ArrayList<String> feedLines = new ArrayList<>();
  private int selectedGift;
  private GiftCombo combo;
  private long comboTaps;
  private long comboSent;
  private GiftFeed feed;
  private GiftFrames frames;
  private Messages.Text shownDialog;
  private String shownDialogTopUpId;

  private final WalletListener walletListener = this::showWallet;
  private final SampleApp.ResumeListener resumeListener = this::showResumed;

  @Override
  protected void onCreate(Bundle savedInstanceState) {
    super.onCreate(savedInstanceState);
    app = (SampleApp) getApplication();
    frames = new GiftFrames(GiftFrames.cached(app::giftAssets), app.mainExecutor());
    if (savedInstanceState == null) applyIntent(getIntent());
    setContentView(buildViews());
    app.addResumeListener(resumeListener);
    if (savedInstanceState != null) restore(savedInstanceState);
    bindClient();
  }

  /** Points the app at the intent's backend, if it names one. */
  private void applyIntent(Intent intent) {
    String url = intent == null ? null : intent.getStringExtra(EXTRA_BASE_URL);
    String token = intent == null ? null : intent.getStringExtra(EXTRA_TOKEN);
    if (url == null && token == null) return;
    String newUrl = url != null ? url : app.baseUrl();
    String newToken = token != null ? token : app.token();
    if (!newUrl.equals(app.baseUrl()) || !newToken.equals(app.token())) app.start(newUrl, newToken);
  }

  /** (Re)attaches this screen to the app's current client and loads what it shows. */
  private void bindClient() {
    if (client != null) client.wallet().removeListener(walletListener);
    if (calls != null) calls.release(false);
    calls = new UiCalls();
    client = app.client();
    baseUrlField.setText(app.baseUrl());
    tokenField.setText(app.token());
    client.wallet().addListener(walletListener);
    Wallet cached = client.wallet().cached();
    if (cached != null) showWallet(cached); else balanceView.setText("Coins: …");
    if (!app.lastResumed().isEmpty()) showResumed(app.lastResumed());
    calls.read(client.wallet().balance(), new UiCalls.Handler<Wallet>() {
      @Override public void onSuccess(Wallet wallet) {
        showWallet(wallet);
      }

      @Override public void onFailure(LiveCoinsException error) {
        showError(error);
      }
    });
    loadPackages();
    loadGifts();
  }

  @Override
  protected void onResume() {
    super.onResume();
    ((SampleApp) getApplication()).onAppResumed(); // back from a checkout tab without a return?
  }

  @Override
  protected void onStart() {
    super.onStart();
    startFeed();
  }

  @Override
  protected void onStop() {
    stopFeed();
    super.onStop();
  }

  @Override
  protected void onDestroy() {
    app.removeResumeListener(resumeListener);
    if (client != null) client.wallet().removeListener(walletListener);
    if (calls != null) calls.release(false);
    closeCombo();
    frames.close();
    if (dialog != null) {
      dialog.setOnDismissListener(null);
      dialog.dismiss();
      dialog = null;
    }
    super.onDestroy();
  }

  @Override
  protected void onSaveInstanceState(Bundle out) {
    super.onSaveInstanceState(out);
    out.putInt(STATE_CARD, cardSpinner.getSelectedItemPosition());
    out.putInt(STATE_GIFT, selectedGift);
    out.putCharSequence(STATE_STATUS, statusView.getText());
    out.putStringArrayList(STATE_FEED, feedLines);
    out.putLong(STATE_COMBO_TAPS, comboTaps);
    out.putLong(STATE_COMBO_SENT, comboSent);
    out.putCharSequence(STATE_EARNINGS, earningsView.getText());
    out.putString(STATE_WITHDRAW, withdrawField.getText().toString());
    out.putString(STATE_BASE_URL, baseUrlField.getText().toString());
    if (shownDialog != null) {
      out.putString(STATE_DIALOG_TITLE, shownDialog.title);
      out.putString(STATE_DIALOG_MESSAGE, shownDialog.message);
      out.putString(STATE_DIALOG_TOP_UP, shownDialogTopUpId);
    }
  }

  private void restore(Bundle state) {
    cardSpinner.setSelection(state.getInt(STATE_CARD, 0));
    selectedGift = state.getInt(STATE_GIFT, 0);
    statusView.setText(state.getCharSequence(STATE_STATUS, ""));
    ArrayList<String> lines = state.getStringArrayList(STATE_FEED);
    if (lines != null) feedLines.addAll(lines);
    renderFeed();
    comboTaps = state.getLong(STATE_COMBO_TAPS);
    comboSent = state.getLong(STATE_COMBO_SENT);
    renderComboCounter();
    earningsView.setText(state.getCharSequence(STATE_EARNINGS, ""));
    withdrawField.setText(state.getString(STATE_WITHDRAW, ""));
    String title = state.getString(STATE_DIALOG_TITLE);
    if (title != null) {
      showDialog(new Messages.Text(title, state.getString(STATE_DIALOG_MESSAGE, ""), null),
          state.getString(STATE_DIALOG_TOP_UP));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Wallet

  private void showWallet(Wallet wallet) {
    balanceView.setText(String.format(Locale.ROOT, "Coins: %,d   ·   Diamonds: %,d",
        wallet.coins(), wallet.diamonds()));
  }

  private void showResumed(List<PurchaseResult> results) {
    long coins = 0;
    int completed = 0;
    for (PurchaseResult result : results) {
      if (result.isCompleted()) {
        completed++;
        coins += result.coinsCredited();
      }
    }
    if (completed > 0) {
      setStatus("Finished " + completed + " interrupted purchase" + (completed == 1 ? "" : "s")
          + ": +" + coins + " coins");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Recharge

  private void loadPackages() {
    calls.read(client.recharge().packages(), new UiCalls.Handler<List<CoinPackage>>() {
      @Override public void onSuccess(List<CoinPackage> result) {
        packages.clear();
        packages.addAll(result);
        renderPackages();
      }

      @Override public void onFailure(LiveCoinsException error) {
        showError(error);
      }
    });
  }

  private void renderPackages() {
    packagesView.removeAllViews();
    Locale locale = locale();
    for (CoinPackage pack : packages) {
      if (!pack.acceptsProvider(SandboxPaymentProvider.ID)) continue;
      LinearLayout row = new LinearLayout(this);
      row.setOrientation(LinearLayout.HORIZONTAL);
      TextView label = new TextView(this);
      String bonus = pack.bonusCoins() > 0 ? " (+" + pack.bonusCoins() + " bonus)" : "";
      label.setText(pack.coins() + " coins" + bonus + "   " + pack.price().format(locale));
      row.addView(label, new LinearLayout.LayoutParams(0, ViewGroup.LayoutParams.WRAP_CONTENT, 1));
      Button buy = new Button(this);
      buy.setText("Buy");
      buy.setTag(pack.id());
      buy.setOnClickListener(v -> buy(pack));
      row.addView(buy);
      if (pack.acceptsProvider(HostedCheckoutProvider.ID)) {
        Button web = new Button(this); // PayPal, e-wallets, bank transfers in a Custom Tab
        web.setText("Web");
        web.setTag("web:" + pack.id());
        web.setOnClickListener(v -> buyOnWeb(pack));
        row.addView(web);
      }
      packagesView.addView(row);
    }
  }

  /** The Buy button of {@code packageId}, or null (for the tests). */
  Button buyButton(String packageId) {
    return packagesView.findViewWithTag(packageId);
  }

  /** The Web button of {@code packageId}, or null (for the tests). */
  Button webButton(String packageId) {
    return packagesView.findViewWithTag("web:" + packageId);
  }

  void buy(CoinPackage pack) {
    TestCard card = CARDS[Math.max(0, cardSpinner.getSelectedItemPosition())];
    setStatus("Buying " + pack.totalCoins() + " coins for " + pack.price().format(locale()) + " …");
    purchase(pack, SandboxPaymentProvider.ID, card);
  }

  /** Pays on the backend's hosted page in a Custom Tab; the same purchase call, another provider. */
  void buyOnWeb(CoinPackage pack) {
    setStatus("Paying " + pack.price().format(locale()) + " on the checkout page …");
    purchase(pack, HostedCheckoutProvider.ID, PaymentMethod.none());
  }

  private void purchase(CoinPackage pack, String providerId, PaymentMethod method) {
    calls.write(client.recharge().purchase(pack, providerId, method),
        new UiCalls.Handler<PurchaseResult>() {
          @Override public void onSuccess(PurchaseResult result) {
            if (result.isCompleted()) {
              setStatus("Bought " + result.coinsCredited() + " coins");
            } else {
              setStatus("Payment received; your coins will arrive shortly (order "
                  + result.order().id() + ")");
            }
          }

          @Override public void onFailure(LiveCoinsException error) {
            setStatus("Purchase failed");
            showError(error);
          }
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Gifts

  private void loadGifts() {
    calls.read(client.gifts().catalog(), new UiCalls.Handler<List<Gift>>() {
      @Override public void onSuccess(List<Gift> result) {
        gifts.clear();
        gifts.addAll(result);
        List<String> labels = new ArrayList<>();
        for (Gift gift : gifts) labels.add(gift.name() + " — " + gift.coinCost() + " coins");
        ArrayAdapter<String> adapter =
            new ArrayAdapter<>(MainActivity.this, android.R.layout.simple_spinner_item, labels);
        adapter.setDropDownViewResource(android.R.layout.simple_spinner_dropdown_item);
        giftSpinner.setAdapter(adapter);
        if (selectedGift < gifts.size()) giftSpinner.setSelection(selectedGift);
        sendButton.setEnabled(!gifts.isEmpty());
        comboButton.setEnabled(!gifts.isEmpty());
        renderGiftCard();
        prefetchFrames();
      }

      @Override public void onFailure(LiveCoinsException error) {
        showError(error);
      }
    });
  }

  /**
   * Downloads the frames this screen shows into the on-disk cache in the background, so a gift
   * arriving on the live feed shows at once. Best effort: a failure only means a later download.
   */
  private void prefetchFrames() {
    List<GiftAsset> wanted = new ArrayList<>();
    for (Gift gift : gifts) {
      GiftAsset frame = gift.animation(GiftFrames.SUPPORTED);
      if (frame != null) wanted.add(frame);
    }
    app.giftAssets().prefetch(wanted).enqueue(new Callback<PrefetchResult>() {
      @Override public void onSuccess(Call<PrefetchResult> call, PrefetchResult result) {}

      @Override public void onFailure(Call<PrefetchResult> call, LiveCoinsException error) {}
    });
  }

  /** The catalog the panel shows (empty before it arrived); main thread only. */
  List<Gift> gifts() {
    return java.util.Collections.unmodifiableList(gifts);
  }

  /** The gift the panel has selected, or null before the catalog arrived. */
  Gift selectedGift() {
    return selectedGift < gifts.size() ? gifts.get(selectedGift) : null;
  }

  /** Selects the gift with {@code giftId}; returns false if the catalog has none. */
  boolean selectGift(String giftId) {
    for (int i = 0; i < gifts.size(); i++) {
      if (gifts.get(i).id().equals(giftId)) {
        giftSpinner.setSelection(i);
        onGiftSelected(i);
        return true;
      }
    }
    return false;
  }

  private void onGiftSelected(int position) {
    if (position == selectedGift) return;
    selectedGift = position;
    closeCombo(); // a combo is per gift
    comboTaps = 0;
    comboSent = 0;
    renderComboCounter();
    renderGiftCard();
  }

  /** The selected gift as the panel shows it: name, value, tier and its animation frame. */
  private void renderGiftCard() {
    Gift gift = selectedGift();
    if (gift == null) return;
    giftCardView.setText(gift.name() + " — " + coins(gift.coinCost()) + " · tier " + gift.tier());
    showFrame(gift, giftFrameView, giftFrameInfoView);
  }

  /**
   * Shows {@code gift}'s first frame in {@code image} (a grey placeholder when Android can't show any
   * of its formats, such as a Lottie-only gift without a Lottie player) and what it is in {@code info}.
   */
  private void showFrame(Gift gift, ImageView image, TextView info) {
    image.setTag(gift);
    frames.load(gift, frame -> {
      if (image.getTag() != gift || isDestroyed()) return; // another gift was selected meanwhile
      if (frame.placeholder()) {
        image.setImageDrawable(new ColorDrawable(PLACEHOLDER_COLOR));
        info.setText("Placeholder: " + frame.reason);
      } else {
        image.setImageBitmap(frame.bitmap);
        info.setText(frame.asset.mediaType() + " · " + frame.asset.sizeBytes() + " bytes"
            + (frame.asset.durationMillis() > 0 ? " · " + frame.asset.durationMillis() + " ms" : "")
            + " · " + frame.bitmap.getWidth() + "×" + frame.bitmap.getHeight());
      }
    });
  }

  private static String coins(long coins) {
    return coins + (coins == 1 ? " coin" : " coins");
  }

  private void sendGift() {
    Gift gift = selectedGift();
    if (gift == null) return;
    setStatus("Sending " + gift.name() + " …");
    calls.write(client.gifts().send(gift, CREATOR_ID, STREAM_ID, 1),
        new UiCalls.Handler<SendGiftResult>() {
          @Override public void onSuccess(SendGiftResult result) {
            setStatus("Sent " + gift.name() + " to " + CREATOR_ID);
          }

          @Override public void onFailure(LiveCoinsException error) {
            setStatus("Gift not sent");
            showError(error);
          }
        });
  }

  private void tapCombo() {
    Gift gift = selectedGift();
    if (gift == null) return;
    if (combo == null || combo.isClosed()) combo = client.gifts().combo(gift, CREATOR_ID, STREAM_ID, comboListener());
    if (combo.tap()) {
      comboTaps++;
      renderComboCounter();
    } else {
      // Refused at once: the balance (minus taps not yet sent) cannot cover one more.
      closeCombo();
      Wallet wallet = client.wallet().cached();
      long balance = wallet == null ? 0 : wallet.coins();
      long shortfall = Math.max(1, gift.coinCost() - balance);
      showError(new InsufficientCoinsException(ErrorContext.of("combo tap refused locally", Effect.NOT_APPLIED),
          balance, gift.coinCost(), shortfall, smallestPackageCovering(shortfall)));
    }
  }

  private GiftComboListener comboListener() {
    return new GiftComboListener() {
      @Override public void onBatchSent(GiftCombo c, SendGiftResult result) {
        if (calls.isReleased()) return;
        comboSent += result.receipt().quantity();
        renderComboCounter();
      }

      @Override public void onBatchFailed(GiftCombo c, int quantity, LiveCoinsException error) {
        if (calls.isReleased()) return;
        if (c == combo) combo = null;
        showError(error);
      }

      @Override public void onFinished(GiftCombo c, GiftComboStats stats) {
        if (calls.isReleased()) return;
        if (c == combo) combo = null;
      }
    };
  }

  private void closeCombo() {
    if (combo != null) {
      combo.closeAsync(); // sends the taps collected so far; never blocks the main thread
      combo = null;
    }
  }

  private void renderComboCounter() {
    comboCounterView.setText("Combo ×" + comboTaps + "   (sent " + comboSent + ")");
  }

  private CoinPackage smallestPackageCovering(long coins) {
    CoinPackage best = null;
    for (CoinPackage pack : packages) {
      if (!pack.acceptsProvider(SandboxPaymentProvider.ID) || pack.totalCoins() < coins) continue;
      if (best == null || pack.price().compareTo(best.price()) < 0) best = pack;
    }
    return best;
  }

  // ---------------------------------------------------------------------------------------------
  // Live gift feed

  private void startFeed() {
    stopFeed();
    feed = client.gifts().events(STREAM_ID, new GiftEventListener() {
      @Override public void onEvent(GiftEvent event) {
        if (feed == null) return; // closed: a late event
        // The event carries the gift's name, value, tier and assets, and a combo's running count:
        // it is shown as is, without looking the gift up in the catalog.
        feedLines.add(0, event.senderId() + " sent " + event.displayLabel() + " to " + event.recipientId()
            + " (" + coins(event.coins()) + ")");
        while (feedLines.size() > FEED_LINES) feedLines.remove(feedLines.size() - 1);
        renderFeed();
        lastGiftView.setText(event.displayLabel() + " from " + event.senderId() + " — "
            + coins(event.gift().coinCost()) + " each · tier " + event.gift().tier());
        showFrame(event.gift(), lastGiftFrameView, lastGiftFrameInfoView);
      }
    });
  }

  private void stopFeed() {
    if (feed != null) {
      GiftFeed closing = feed;
      feed = null;
      closing.close();
    }
  }

  private void renderFeed() {
    feedView.setText(feedLines.isEmpty() ? "No gifts yet" : String.join("\n", feedLines));
  }

  // ---------------------------------------------------------------------------------------------
  // Creator

  private void loadEarnings() {
    calls.read(client.wallet().earnings(), new UiCalls.Handler<Earnings>() {
      @Override public void onSuccess(Earnings e) {
        earningsView.setText("Diamonds: " + e.diamonds() + " (withdrawable " + e.withdrawableDiamonds()
            + ", minimum " + e.minimumWithdrawalDiamonds() + ")\n" + e.payoutRate().diamonds()
            + " diamonds = " + e.payoutRate().amount().format(locale()) + "; today you can still withdraw "
            + e.dailyRemaining().format(locale()));
      }

      @Override public void onFailure(LiveCoinsException error) {
        showError(error);
      }
    });
  }

  private void withdraw() {
    long diamonds;
    try {
      diamonds = Long.parseLong(withdrawField.getText().toString().trim());
    } catch (NumberFormatException e) {
      withdrawField.setError("Enter a number of diamonds");
      return;
    }
    if (diamonds < 1) {
      withdrawField.setError("Enter a number of diamonds");
      return;
    }
    calls.write(client.wallet().withdraw(diamonds, PayoutMethod.BANK),
        new UiCalls.Handler<WithdrawalResult>() {
          @Override public void onSuccess(WithdrawalResult result) {
            setStatus("Withdrawing " + result.withdrawal().diamonds() + " diamonds: "
                + result.withdrawal().amount().format(locale()) + " to your bank ("
                + result.withdrawal().status() + ")");
            loadEarnings();
          }

          @Override public void onFailure(LiveCoinsException error) {
            showError(error);
          }
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Settings

  private void connect() {
    try {
      app.start(baseUrlField.getText().toString().trim(), tokenField.getText().toString());
    } catch (IllegalArgumentException | IllegalStateException e) {
      showDialog(new Messages.Text("Check the settings", "The URL or token is not valid: " + e.getMessage(), null), null);
      return;
    }
    stopFeed();
    closeCombo();
    packages.clear();
    gifts.clear();
    packagesView.removeAllViews();
    bindClient();
    startFeed();
    setStatus("Connected to " + app.baseUrl());
  }

  // ---------------------------------------------------------------------------------------------
  // Dialogs and helpers

  void showError(LiveCoinsException error) {
    Messages.Text text = Messages.forError(error, locale());
    if (text == null) {
      setStatus("Payment cancelled; you have not been charged");
      return;
    }
    showDialog(text, text.topUp == null ? null : text.topUp.id());
  }

  private void showDialog(Messages.Text text, String topUpPackageId) {
    if (dialog != null) {
      dialog.setOnDismissListener(null);
      dialog.dismiss();
    }
    shownDialog = text;
    shownDialogTopUpId = topUpPackageId;
    AlertDialog.Builder builder = new AlertDialog.Builder(this).setTitle(text.title).setMessage(text.message);
    if (topUpPackageId != null) {
      builder.setPositiveButton("Top up", (d, which) -> {
        for (CoinPackage pack : packages) {
          if (pack.id().equals(topUpPackageId)) buy(pack);
        }
      });
      builder.setNegativeButton("Not now", null);
    } else {
      builder.setPositiveButton("OK", null);
    }
    dialog = builder.create();
    dialog.setOnDismissListener(d -> {
      shownDialog = null;
      shownDialogTopUpId = null;
      dialog = null;
    });
    dialog.show();
  }

  private void setStatus(String text) {
    statusView.setText(text);
  }

  private Locale locale() {
    return getResources().getConfiguration().getLocales().get(0);
  }

  private View buildViews() {
    int pad = (int) (16 * getResources().getDisplayMetrics().density);
    LinearLayout content = new LinearLayout(this);
    content.setOrientation(LinearLayout.VERTICAL);
    content.setPadding(pad, pad, pad, pad);

    baseUrlField = new EditText(this);
    baseUrlField.setHint("Base URL");
    baseUrlField.setInputType(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_VARIATION_URI);
    tokenField = new EditText(this);
    tokenField.setHint("Token (e.g. demo-token-bob)");
    tokenField.setInputType(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_VARIATION_PASSWORD);
    connectButton = button("Connect", v -> connect());
    content.addView(section("Backend"));
    content.addView(baseUrlField);
    content.addView(tokenField);
    content.addView(connectButton);

    balanceView = new TextView(this);
    balanceView.setTextSize(22);
    balanceView.setTypeface(Typeface.DEFAULT_BOLD);
    statusView = new TextView(this);
    content.addView(balanceView);
    content.addView(statusView);

    content.addView(section("Buy coins (sandbox card)"));
    cardSpinner = new Spinner(this);
    ArrayAdapter<String> cards = new ArrayAdapter<>(this, android.R.layout.simple_spinner_item, CARD_LABELS);
    cards.setDropDownViewResource(android.R.layout.simple_spinner_dropdown_item);
    cardSpinner.setAdapter(cards);
    content.addView(cardSpinner);
    packagesView = new LinearLayout(this);
    packagesView.setOrientation(LinearLayout.VERTICAL);
    content.addView(packagesView);

    content.addView(section("Send gifts to " + CREATOR_ID));
    giftSpinner = new Spinner(this);
    giftSpinner.setOnItemSelectedListener(new AdapterView.OnItemSelectedListener() {
      @Override public void onItemSelected(AdapterView<?> parent, View view, int position, long id) {
        onGiftSelected(position);
      }

      @Override public void onNothingSelected(AdapterView<?> parent) {}
    });
    content.addView(giftSpinner);
    LinearLayout giftButtons = new LinearLayout(this);
    sendButton = button("Send", v -> sendGift());
    comboButton = button("Combo!", v -> tapCombo());
    sendButton.setEnabled(false);
    comboButton.setEnabled(false);
    giftButtons.addView(sendButton);
    giftButtons.addView(comboButton);
    content.addView(giftButtons);
    comboCounterView = new TextView(this);
    renderComboCounter();
    content.addView(comboCounterView);
    giftCardView = new TextView(this);
    giftCardView.setTypeface(Typeface.DEFAULT_BOLD);
    content.addView(giftCardView);
    giftFrameView = frameView();
    content.addView(giftFrameView);
    giftFrameInfoView = new TextView(this);
    content.addView(giftFrameInfoView);

    content.addView(section("Live gifts in " + STREAM_ID));
    lastGiftView = new TextView(this);
    lastGiftView.setTypeface(Typeface.DEFAULT_BOLD);
    content.addView(lastGiftView);
    lastGiftFrameView = frameView();
    content.addView(lastGiftFrameView);
    lastGiftFrameInfoView = new TextView(this);
    content.addView(lastGiftFrameInfoView);
    feedView = new TextView(this);
    renderFeed();
    content.addView(feedView);
    content.addView(button("Live screen (Kotlin)", v -> startActivity(new Intent(this, LiveActivity.class))));

    content.addView(section("Creator earnings"));
    earningsButton = button("Show earnings", v -> loadEarnings());
    earningsView = new TextView(this);
    withdrawField = new EditText(this);
    withdrawField.setHint("Diamonds to withdraw");
    withdrawField.setInputType(InputType.TYPE_CLASS_NUMBER);
    withdrawButton = button("Withdraw to bank", v -> withdraw());
    content.addView(earningsButton);
    content.addView(earningsView);
    content.addView(withdrawField);
    content.addView(withdrawButton);

    ScrollView scroll = new ScrollView(this);
    scroll.addView(content);
    return scroll;
  }

  private TextView section(String title) {
    TextView view = new TextView(this);
    view.setText(title);
    view.setTypeface(Typeface.DEFAULT_BOLD);
    view.setPadding(0, (int) (12 * getResources().getDisplayMetrics().density), 0, 0);
    return view;
  }

  /** A square image view for a gift frame (the frame is scaled up: gift files are small). */
  private ImageView frameView() {
    ImageView view = new ImageView(this);
    int size = Math.round(96 * getResources().getDisplayMetrics().density);
    view.setLayoutParams(new LinearLayout.LayoutParams(size, size));
    view.setScaleType(ImageView.ScaleType.FIT_CENTER);
    return view;
  }

  private Button button(String text, View.OnClickListener listener) {
    Button button = new Button(this);
    button.setText(text);
    button.setOnClickListener(listener);
    return button;
  }

  /** The combo counter's values (for the tests). */
  long[] comboCounts() {
    return new long[] {comboTaps, comboSent};
  }

  /** The gift feed's lines, newest first (for the tests). */
  List<String> feedLines() {
    return Collections.unmodifiableList(feedLines);
  }

  /** The lifecycle-bound calls (for the tests). */
  UiCalls calls() {
    return calls;
  }
}
