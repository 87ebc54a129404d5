package io.livecoins.sample.android;

import android.app.Application;
import android.net.Uri;
import android.os.Handler;
import android.os.Looper;
import io.livecoins.AuthTokenProvider;
import io.livecoins.Call;
import io.livecoins.Callback;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.gift.GiftAssetCache;
import io.livecoins.payment.CheckoutReturn;
import io.livecoins.payment.HostedCheckoutProvider;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.recharge.PendingOrderStore;
import io.livecoins.recharge.PurchaseResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The process-wide LiveCoins client: built once in {@link #onCreate()} (and again only when the
 * user points the sample at another backend), with callbacks on the main thread, a crash-safe
 * {@link SharedPreferencesPendingOrderStore}, the sandbox payment provider, and {@code
 * resumePending()} run at start so a purchase interrupted by a crash is finished.
 *
 * <p>All methods are called on the main thread.
 */
public class SampleApp extends Application {
  /** The mock server as seen from an Android emulator (the host's loopback is 10.0.2.2). */
  public static final String DEFAULT_BASE_URL = "http://10.0.2.2:8080/";
  /** A demo user of the mock server with 1000 coins. */
  public static final String DEFAULT_TOKEN = "demo-token-bob";

  /** Told when {@code resumePending()} finished orders left over from an earlier run. */
  public interface ResumeListener {
    /** Called on the main thread with the orders that were finished (none is not reported). */
    void onResumed(List<PurchaseResult> results);
  }

  private Executor mainExecutor;
  private HostedCheckoutProvider webCheckout;
  private boolean checkoutTabOpen; // main thread only
  private PendingOrderStore pendingOrderStore;
  private LiveCoins client;
  private GiftAssetCache giftAssets;
  private String baseUrl = DEFAULT_BASE_URL;
  private String token = DEFAULT_TOKEN;
  private List<PurchaseResult> lastResumed = Collections.emptyList();
  private LiveCoinsException lastResumeError;
  private final List<ResumeListener> resumeListeners = new CopyOnWriteArrayList<>();

  @Override
  public void onCreate() {
    super.onCreate();
    mainExecutor = createMainExecutor();
    // PayPal, e-wallets and bank transfers on the backend's hosted page, shown in a Custom Tab; the
    // page's return URL is a deep link to CheckoutReturnActivity (see CheckoutTabs).
    webCheckout = HostedCheckoutProvider.builder()
        .launcher(CheckoutTabs.launcher(this, mainExecutor, () -> checkoutTabOpen = true))
        .returnUrl(CheckoutTabs.RETURN_URL)
        .build();
    if (startOnCreate()) start(DEFAULT_BASE_URL, DEFAULT_TOKEN);
  }

  /**
   * Whether {@link #onCreate()} builds the client for the defaults. Tests return false and call
   * {@link #start(String, String)} with their mock server (so nothing ever dials the default host).
   */
  protected boolean startOnCreate() {
    return true;
  }

  /**
   * Where SDK callbacks and wallet events run: the main thread. Tests override it to observe posts.
   */
  protected Executor createMainExecutor() {
    Handler main = new Handler(Looper.getMainLooper());
    return main::post;
  }

  /** {@return the executor that runs work on the main thread (SDK callbacks, gift frames)} */
  Executor mainExecutor() {
    return mainExecutor;
  }

  /** Lets a subclass (a test) adjust the client before it is built. */
  protected LiveCoins.Builder configure(LiveCoins.Builder builder) {
    return builder;
  }

  /**
   * (Re)builds the client for {@code baseUrl} and {@code token}, as after a process start, and
   * resumes orders left pending. Cleartext {@code http://} is allowed (as a sandbox) because this
   * sample only talks to sandbox backends, such as the mock server on the emulator's host.
   *
   * @throws IllegalArgumentException if the URL or token is not usable
   */
  public void start(String baseUrl, String token) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    Objects.requireNonNull(token, "token == null");
    boolean cleartext = "http".equalsIgnoreCase(Uri.parse(baseUrl).getScheme());
    LiveCoins built =
        configure(
                LiveCoins.builder()
                    .baseUrl(baseUrl)
                    .authTokenProvider(AuthTokenProvider.of(userIdOf(token), token.trim()))
                    .callbackExecutor(mainExecutor)
                    .paymentProvider(new SandboxPaymentProvider())
                    .paymentProvider(webCheckout)
                    .pendingOrderStore(pendingOrderStore())
                    .userAgentSuffix("LiveCoinsAndroidSample/0.1")
                    .sandbox(cleartext))
            .build();
    this.client = built;
    // One asset cache directory for every client of this app: files are named by checksum, so a
    // second account (or a second process) shares them safely.
    this.giftAssets =
        GiftAssetCache.builder(built, getCacheDir().toPath().resolve("livecoins-gift-assets"))
            .maxBytes(8L * 1024 * 1024)
            .build();
    this.baseUrl = baseUrl;
    this.token = token.trim();
    this.lastResumed = Collections.emptyList();
    this.lastResumeError = null;
    resumePending(built);
  }

  private PendingOrderStore pendingOrderStore() {
    if (pendingOrderStore == null) pendingOrderStore = new SharedPreferencesPendingOrderStore(this);
    return pendingOrderStore;
  }

  private void resumePending(LiveCoins forClient) {
    forClient.recharge().resumePending().enqueue(new Callback<List<PurchaseResult>>() {
      @Override
      public void onSuccess(Call<List<PurchaseResult>> call, List<PurchaseResult> results) {
        if (forClient != client || results.isEmpty()) return;
        lastResumed = Collections.unmodifiableList(new ArrayList<>(results));
        for (ResumeListener listener : resumeListeners) listener.onResumed(lastResumed);
      }

      @Override
      public void onFailure(Call<List<PurchaseResult>> call, LiveCoinsException error) {
        // Offline at start: the records stay; the next start (or a later resume) finishes them.
        if (forClient == client) lastResumeError = error;
      }
    });
  }

  /** The hosted checkout provider (id {@code "web"}). */
  public HostedCheckoutProvider webCheckout() {
    return webCheckout;
  }

  /** Called by {@link CheckoutReturnActivity} with the return deep link. */
  void onCheckoutReturn(String url) {
    checkoutTabOpen = false;
    if (webCheckout.isReturnUrl(url)) {
      try {
        webCheckout.deliver(CheckoutReturn.fromUrl(url));
      } catch (IllegalArgumentException e) {
        // not a checkout return: nothing waits for it
      }
    }
  }

  /**
   * Called by an activity's {@code onResume}: if a checkout tab was open and no return deep link came,
   * the user closed the tab; the provider then closes the page at the backend (or finds it paid).
   */
  void onAppResumed() {
    if (!checkoutTabOpen) return;
    checkoutTabOpen = false;
    webCheckout.deliver(CheckoutReturn.closed());
  }

  /** The client of this process. */
  public LiveCoins client() {
    return client;
  }

  /** The on-disk gift asset cache of the current client (downloads go through its HTTP stack). */
  public GiftAssetCache giftAssets() {
    return giftAssets;
  }

  /** The base URL the client talks to. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The token the client uses (shown in the settings field; never persisted). */
  public String token() {
    return token;
  }

  /** Orders the last start's {@code resumePending()} finished, or an empty list. */
  public List<PurchaseResult> lastResumed() {
    return lastResumed;
  }

  /** The last start's {@code resumePending()} failure, or null. */
  public LiveCoinsException lastResumeError() {
    return lastResumeError;
  }

  /** Registers {@code listener}; remove it in {@code onDestroy}. */
  public void addResumeListener(ResumeListener listener) {
    resumeListeners.add(Objects.requireNonNull(listener, "listener == null"));
  }

  /** Unregisters {@code listener}. */
  public void removeResumeListener(ResumeListener listener) {
    resumeListeners.remove(listener);
  }

  /** The number of registered resume listeners (to check that activities unregister). */
  int resumeListenerCount() {
    return resumeListeners.size();
  }

  /**
   * The user a token signs in. A real app knows it from its own sign-in; the sample's tokens follow
   * the mock server's demo convention {@code demo-token-<user>}.
   */
  static String userIdOf(String token) {
    String trimmed = token.trim();
    int dash = trimmed.lastIndexOf('-');
    return dash >= 0 && dash < trimmed.length() - 1 ? trimmed.substring(dash + 1) : trimmed;
  }
}
