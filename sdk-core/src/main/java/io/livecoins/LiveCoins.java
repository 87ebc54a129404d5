package io.livecoins;

import io.livecoins.account.AccountApi;
import io.livecoins.internal.ClientAccess;
import io.livecoins.internal.Strings;
import io.livecoins.gift.GiftApi;
import io.livecoins.internal.account.RealAccountApi;
import io.livecoins.internal.Version;
import io.livecoins.internal.gift.RealGiftApi;
import io.livecoins.internal.checkout.CheckoutBinding;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.json.JsonCodec;
import io.livecoins.internal.recharge.RealRechargeApi;
import io.livecoins.internal.wallet.RealWalletApi;
import io.livecoins.internal.wallet.WalletCache;
import io.livecoins.payment.PaymentProvider;
import io.livecoins.recharge.InMemoryPendingOrderStore;
import io.livecoins.recharge.PendingOrderStore;
import io.livecoins.recharge.RechargeApi;
import io.livecoins.transport.OkHttpTransport;
import io.livecoins.transport.Transport;
import io.livecoins.wallet.WalletApi;
import java.io.Closeable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The LiveCoins client: recharge coins, read the wallet, send gifts. One client serves one signed-in
 * user; build it once and share it.
 *
 * <pre>{@code
 * LiveCoins client = LiveCoins.builder()
 *     .baseUrl("https://api.example.com/")
 *     .authTokenProvider(AuthTokenProvider.of(userId, sessionToken))
 *     .paymentProvider(new SandboxPaymentProvider())
 *     .build();
 *
 * CoinPackage pack = client.recharge().packages("US").execute().get(0);
 * PurchaseResult bought = client.recharge().purchase(pack, "sandbox", card).execute();
 * Wallet wallet = client.wallet().balance().execute();
 * client.gifts().send("rose", "carol", "stream-carol", 1).execute();
 * }</pre>
 *
 * <p>Thread-safe. {@link #newBuilder()} derives a variant that shares the transport, dispatcher and
 * stores, and, while it keeps the user, base URL and callback executor, the wallet snapshot and its
 * listeners.
 *
 * <h2>Lifecycle</h2>
 *
 * Threads are daemon threads: a program may simply return from {@code main}. {@link #close()} ends
 * what the client started: it closes the live gift feeds opened through it, closes its combos
 * (taps already accepted are still sent), and shuts down the dispatcher and the OkHttp transport the
 * client created itself, so that none of its threads outlives it. Calls already running finish and
 * deliver their callbacks; creating a call afterwards throws {@link IllegalStateException}. A
 * dispatcher or transport passed to the builder belongs to the host and is never shut down.
 * Resources the client created are shared with every client derived from it by {@link
 * #newBuilder()} and shut down only when the last of them is closed: closing one never breaks
 * another.
 */
public final class LiveCoins implements Closeable {
  /** The most calls, combo batches and feed connects the default dispatcher runs at once. */
  public static final int DEFAULT_MAX_CONCURRENT_CALLS = 64;

  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

  static {
    ClientAccess.install(
        new ClientAccess() {
          @Override
          public ApiClient api(LiveCoins client) {
            return client.api;
          }
        });
  }

  private final String baseUrl;
  private final AuthTokenProvider authTokenProvider;
  private final Transport transport;
  private final Executor callbackExecutor;
  private final ExecutorService dispatcher;
  private final RetryPolicy retryPolicy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final @Nullable String userAgentSuffix;
  private final long maxResponseBytes;
  private final boolean sandbox;
  private final @Nullable String region;
  private final Map<String, PaymentProvider> paymentProviders;
  private final PendingOrderStore pendingOrderStore;
  private final Duration giftCatalogTtl;
  private final Duration comboWindow;

  private final @Nullable OwnedResources owned;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final ApiClient api;
  private final WalletCache walletCache;
  private final RealWalletApi wallet;
  private final RealRechargeApi recharge;
  private final RealGiftApi gifts;
  private final RealAccountApi account;

  private LiveCoins(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.authTokenProvider = builder.authTokenProvider;
    this.transport = builder.transport;
    this.callbackExecutor = builder.callbackExecutor;
    this.dispatcher = builder.dispatcher;
    this.retryPolicy = builder.retryPolicy;
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
    this.userAgentSuffix = builder.userAgentSuffix;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.sandbox = builder.sandbox;
    this.region = builder.region;
    this.paymentProviders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.paymentProviders));
    this.pendingOrderStore = builder.pendingOrderStore;
    this.giftCatalogTtl = builder.giftCatalogTtl;
    this.comboWindow = builder.comboWindow;
    this.owned = builder.owned;

    this.api =
        new ApiClient(
            stripTrailingSlash(baseUrl),
            transport,
            authTokenProvider,
            retryPolicy,
            sleeper,
            clock,
            userAgent(),
            maxResponseBytes,
            dispatcher,
            callbackExecutor,
            new JsonCodec());
    this.account = new RealAccountApi(api);
    // A client derived for the same user, backend and callbacks shows the same wallet.
    LiveCoins parent = builder.parent;
    this.walletCache =
        parent != null
                && parent.walletCache.userId().equals(builder.userId)
                && parent.baseUrl.equals(baseUrl)
                && parent.callbackExecutor == callbackExecutor
            ? parent.walletCache
            : new WalletCache(callbackExecutor, builder.userId);
    this.wallet = new RealWalletApi(api, walletCache);
    this.recharge =
        new RealRechargeApi(api, walletCache, CheckoutBinding.bindAll(paymentProviders, api), pendingOrderStore, region);
    this.gifts = new RealGiftApi(api, walletCache, recharge, region, giftCatalogTtl, comboWindow);
  }

  /** {@return a builder for a new client} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder initialised from this client, sharing its transport and dispatcher} If this
   * client created them, they stay open until every client sharing them is {@linkplain #close()
   * closed}: closing this client never breaks the derived one, nor the reverse.
   *
   * <p>{@link Builder#build()} of the returned builder throws {@link IllegalStateException} if this
   * client was closed and the builder was not given its own dispatcher and transport.
   */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /**
   * Closes the client: closes every live gift feed opened through it and every combo (asynchronously:
   * accepted taps are still sent, or reported failed), refuses new calls with {@link
   * IllegalStateException}, and shuts down the dispatcher and transport this client created
   * (unless a client derived by {@link #newBuilder()} still uses them). Calls already running
   * finish and deliver their callbacks; idle threads end at once. Does not block; idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    api.close();
    gifts.close(); // before the dispatcher stops: combos hand their last batch to it
    if (owned != null) owned.release();
  }

  private void checkOpen() {
    if (closed.get()) throw new IllegalStateException("this LiveCoins client is closed");
  }

  /** {@return whether {@link #close()} was called} */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * Recharge: the coin catalog, purchases and recovery of interrupted purchases.
   *
   * @return the recharge API of this client
   * @throws IllegalStateException if the client was {@linkplain #close() closed}
   */
  public RechargeApi recharge() {
    checkOpen();
    return recharge;
  }

  /**
   * Account: what the signed-in user may do (so the app hides what they may not), the account's price
   * region and currency, and spending limits, including the user's own.
   *
   * @return the account API of this client
   * @throws IllegalStateException if the client was {@linkplain #close() closed}
   */
  public AccountApi account() {
    checkOpen();
    return account;
  }

  /**
   * Wallet: balance, history, listeners, creator earnings and withdrawals.
   *
   * @return the wallet API of this client
   * @throws IllegalStateException if the client was {@linkplain #close() closed}
   */
  public WalletApi wallet() {
    checkOpen();
    return wallet;
  }

  /**
   * Gifts: catalog, sending, combos, leaderboards and the live gift feed.
   *
   * @return the gift API of this client
   * @throws IllegalStateException if the client was {@linkplain #close() closed}
   */
  public GiftApi gifts() {
    checkOpen();
    return gifts;
  }

  /** {@return the base URL of the LiveCoins backend} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the transport} */
  public Transport transport() {
    return transport;
  }

  /** {@return the executor that delivers callbacks and listener events} */
  public Executor callbackExecutor() {
    return callbackExecutor;
  }

  /** {@return the retry policy} */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * The region catalog look-ups name, if the app set one.
   *
   * @return the region set with {@link Builder#region(String)}, or null (the default): requests then
   *     name no region and the backend uses the account's
   */
  public @Nullable String region() {
    return region;
  }

  /** {@return whether the backend was declared a sandbox} */
  public boolean isSandbox() {
    return sandbox;
  }

  /** {@return the {@code User-Agent} this client sends} */
  public String userAgent() {
    String base = "livecoins-java/" + Version.VERSION;
    return userAgentSuffix == null ? base : base + " " + userAgentSuffix;
  }

  @Override
  public String toString() {
    return "LiveCoins{baseUrl=" + baseUrl + ", transport=" + transport + ", region=" + region
        + ", sandbox=" + sandbox + '}';
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * Builds a {@link LiveCoins} client. Setters check their argument at once; {@link #build()}
   * checks that the base URL and the token provider were set. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable String baseUrl;
    private @Nullable AuthTokenProvider authTokenProvider;
    private String userId = ""; // read from the provider by build()
    private @Nullable Transport transport;
    private @Nullable Executor callbackExecutor;
    private @Nullable ExecutorService dispatcher;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private @Nullable String userAgentSuffix;
    private long maxResponseBytes = 1024 * 1024;
    private boolean sandbox;
    private @Nullable String region; // null: the account's region (the backend decides)
    private final Map<String, PaymentProvider> paymentProviders = new LinkedHashMap<>();
    private @Nullable PendingOrderStore pendingOrderStore;
    private Duration giftCatalogTtl = Duration.ofMinutes(10);
    private Duration comboWindow = Duration.ofMillis(300);
    // The client-created dispatcher and transport of the client this builder derives from, if any.
    private @Nullable OwnedResources inherited;
    private @Nullable OwnedResources owned; // set by build()
    private @Nullable LiveCoins parent; // the client this builder derives from, if any

    Builder() {}

    Builder(LiveCoins client) {
      this.baseUrl = client.baseUrl;
      this.authTokenProvider = client.authTokenProvider;
      this.transport = client.transport;
      this.callbackExecutor = client.callbackExecutor;
      this.dispatcher = client.dispatcher;
      this.retryPolicy = client.retryPolicy;
      this.clock = client.clock;
      this.sleeper = client.sleeper;
      this.userAgentSuffix = client.userAgentSuffix;
      this.maxResponseBytes = client.maxResponseBytes;
      this.sandbox = client.sandbox;
      this.region = client.region;
      this.paymentProviders.putAll(client.paymentProviders);
      this.pendingOrderStore = client.pendingOrderStore;
      this.giftCatalogTtl = client.giftCatalogTtl;
      this.comboWindow = client.comboWindow;
      this.inherited = client.owned;
      this.parent = client;
    }

    /**
     * The backend's base URL, such as {@code https://api.example.com/}. Must be HTTPS, except for
     * loopback hosts (a mock server in a test) or when {@link #sandbox(boolean)} is set.
     *
     * @param baseUrl the base URL of the LiveCoins backend
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      URI uri;
      try {
        uri = new URI(baseUrl);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("baseUrl is not a URL: " + baseUrl, e);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw new IllegalArgumentException("baseUrl must be an http(s) URL: " + baseUrl);
      }
      if (uri.getHost() == null) throw new IllegalArgumentException("baseUrl has no host: " + baseUrl);
      if (uri.getQuery() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + baseUrl);
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Supplies the user's bearer token. Required.
     *
     * @param authTokenProvider the source of the signed-in user's id and token; not null
     * @return this builder
     */
    public Builder authTokenProvider(AuthTokenProvider authTokenProvider) {
      this.authTokenProvider = Objects.requireNonNull(authTokenProvider, "authTokenProvider == null");
      return this;
    }

    /**
     * The transport; defaults to {@link OkHttpTransport#create()}.
     *
     * @param transport the transport that carries every request and the gift feed
     * @return this builder
     */
    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport == null");
      return this;
    }

    /**
     * Where async callbacks and listener events run. On Android pass the main thread ({@code new
     * Handler(Looper.getMainLooper())::post}). Defaults to the dispatcher thread that ran the call.
     *
     * @param callbackExecutor the executor that delivers callbacks and listener events
     * @return this builder
     */
    public Builder callbackExecutor(Executor callbackExecutor) {
      this.callbackExecutor = Objects.requireNonNull(callbackExecutor, "callbackExecutor == null");
      return this;
    }

    /**
     * The executor that runs async calls, combos and event stream connects. Defaults to a pool of
     * the client's own: at most {@value LiveCoins#DEFAULT_MAX_CONCURRENT_CALLS} tasks at once (more
     * wait in line), daemon threads named {@code "LiveCoins Dispatcher N"} that end after a minute
     * idle, shut down by {@link LiveCoins#close()}. An executor passed here belongs to the host:
     * the client never shuts it down.
     *
     * @param dispatcher the executor that runs enqueued calls; owned by the host, not shut down by
     *     the client
     * @return this builder
     */
    public Builder dispatcher(ExecutorService dispatcher) {
      this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher == null");
      return this;
    }

    /**
     * How calls are retried; defaults to {@link RetryPolicy#DEFAULT}.
     *
     * @param retryPolicy attempts, backoff and the per-call deadline
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /**
     * The clock for deadlines, TTLs and timestamps; tests pass a fixed or fake clock.
     *
     * @param clock the clock to read; not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * How the client waits between retries and polls; tests pass a recording sleeper.
     *
     * @param sleeper the sleeper to wait with; not null
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Appended to the {@code User-Agent}, such as {@code "MyApp/2.3"}.
     *
     * @param suffix the product token to append, such as {@code "MyApp/2.3"}; not blank
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      Objects.requireNonNull(suffix, "suffix == null");
      for (int i = 0; i < suffix.length(); i++) {
        char c = suffix.charAt(i);
        if (c < 0x20 || c > 0x7e) throw new IllegalArgumentException("suffix must be printable ASCII");
      }
      this.userAgentSuffix = Strings.isBlank(suffix) ? null : suffix.trim();
      return this;
    }

    /**
     * The largest response body accepted (default 1 MiB); larger ones are malformed responses.
     *
     * @param maxResponseBytes the limit in bytes; positive
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1024) throw new IllegalArgumentException("maxResponseBytes < 1024");
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Declares the backend a sandbox (test money only). Allows {@code http://} to non-loopback
     * hosts, such as {@code 10.0.2.2} from an Android emulator. Never set it for production.
     *
     * @param sandbox true for a sandbox backend
     * @return this builder
     */
    public Builder sandbox(boolean sandbox) {
      this.sandbox = sandbox;
      return this;
    }

    /**
     * Names a region (ISO 3166-1 alpha-2, such as {@code "US"}) in catalog look-ups. Optional and
     * normally left unset: the price region is bound to the account, so without it the backend serves
     * the account's region ({@code client.account().get()} tells which). A backend refuses another region
     * than the account's with {@link io.livecoins.errors.RegionMismatchException}; set it only for a
     * backend that serves several regions to one account.
     *
     * @param region the region (ISO 3166-1 alpha-2) catalog look-ups name
     * @return this builder
     */
    public Builder region(String region) {
      Objects.requireNonNull(region, "region == null");
      if (!REGION.matcher(region).matches()) {
        throw new IllegalArgumentException("region must be two upper-case letters: " + region);
      }
      this.region = region;
      return this;
    }

    /**
     * Registers a payment provider under its {@link PaymentProvider#id()}; register several to let
     * the catalog's packages choose. A later registration with the same id replaces the earlier.
     *
     * @param provider the provider; replaces an earlier one with the same id
     * @return this builder
     */
    public Builder paymentProvider(PaymentProvider provider) {
      Objects.requireNonNull(provider, "provider == null");
      paymentProviders.put(provider.id(), provider);
      return this;
    }

    /**
     * Where purchases between payment and confirmation are recorded, so that {@code
     * recharge().resumePending()} can finish them after a crash. Defaults to an in-memory store,
     * which survives no crash: apps should pass a {@code FilePendingOrderStore} or their own.
     *
     * @param store the store of in-flight purchases; not null
     * @return this builder
     */
    public Builder pendingOrderStore(PendingOrderStore store) {
      this.pendingOrderStore = Objects.requireNonNull(store, "store == null");
      return this;
    }

    /**
     * How long a gift catalog is cached (default 10 minutes).
     *
     * @param ttl how long a fetched catalog is reused; not negative
     * @return this builder
     */
    public Builder giftCatalogTtl(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl == null");
      if (ttl.isNegative()) throw new IllegalArgumentException("ttl < 0");
      this.giftCatalogTtl = ttl;
      return this;
    }

    /**
     * How long a gift combo collects taps before sending them as one request (default 300 ms).
     *
     * @param window how long taps are collected into one send; positive
     * @return this builder
     */
    public Builder comboWindow(Duration window) {
      Objects.requireNonNull(window, "window == null");
      if (window.isNegative() || window.compareTo(Duration.ofSeconds(10)) > 0) {
        throw new IllegalArgumentException("comboWindow must be 0..10 s: " + window);
      }
      this.comboWindow = window;
      return this;
    }

    /**
     * {@return the client}
     *
     * @throws IllegalStateException if the base URL or token provider is missing, or the base URL
     *     is cleartext to a non-loopback host without {@link #sandbox(boolean)}
     */
    public LiveCoins build() {
      if (baseUrl == null) throw new IllegalStateException("baseUrl is required");
      if (authTokenProvider == null) throw new IllegalStateException("authTokenProvider is required");
      String user = authTokenProvider.userId();
      if (user == null || Strings.isBlank(user)) {
        throw new IllegalStateException("authTokenProvider.userId() is blank: the client must know its user");
      }
      userId = user;
      URI uri = URI.create(baseUrl);
      if (uri.getScheme().equalsIgnoreCase("http") && !sandbox && !isLoopback(uri.getHost())) {
        throw new IllegalStateException(
            "baseUrl must use https (http is allowed only for loopback hosts or with sandbox(true)): "
                + baseUrl);
      }
      owned = null;
      OwnedResources parent = inherited;
      if (parent != null && (dispatcher == parent.dispatcher || transport == parent.transport)) {
        parent.retain(); // throws if the client it derives from was closed
        owned = parent;
      }
      // Defaults are created per build and not kept in the builder: a second build() of this
      // builder gets its own, so closing one client never stops the other's threads.
      ExecutorService requestedDispatcher = dispatcher;
      Transport requestedTransport = transport;
      if (transport == null || dispatcher == null) {
        ExecutorService ownDispatcher = null;
        if (dispatcher == null) dispatcher = ownDispatcher = newDefaultDispatcher();
        OkHttpClient ownOkHttp = null;
        if (transport == null) {
          ownOkHttp = newDefaultOkHttpClient();
          transport = OkHttpTransport.create(ownOkHttp);
        }
        owned = new OwnedResources(ownDispatcher, transport, ownOkHttp);
      }
      if (callbackExecutor == null) callbackExecutor = Runnable::run;
      if (pendingOrderStore == null) pendingOrderStore = new InMemoryPendingOrderStore();
      try {
        return new LiveCoins(this);
      } finally {
        dispatcher = requestedDispatcher;
        transport = requestedTransport;
      }
    }

    private static boolean isLoopback(String host) {
      return io.livecoins.internal.Hosts.isLoopback(host);
    }
  }

  /**
   * The default dispatcher: at most {@value #DEFAULT_MAX_CONCURRENT_CALLS} tasks at once, more wait
   * in line; daemon threads that end after a minute idle.
   */
  static ExecutorService newDefaultDispatcher() {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            DEFAULT_MAX_CONCURRENT_CALLS, DEFAULT_MAX_CONCURRENT_CALLS, 60, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), daemonThreads("LiveCoins Dispatcher "));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * The default transport's OkHttp client: {@link OkHttpTransport#create()}'s settings on a
   * dispatcher of daemon threads ({@code "LiveCoins OkHttp N"}), so that an open live feed never
   * keeps a JVM alive after {@code main} returns.
   */
  private static OkHttpClient newDefaultOkHttpClient() {
    ExecutorService executor =
        new ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
            daemonThreads("LiveCoins OkHttp "));
    return OkHttpTransport.create().client().newBuilder().dispatcher(new Dispatcher(executor)).build();
  }

  private static ThreadFactory daemonThreads(String namePrefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, namePrefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * The dispatcher and transport a client created itself, shared with the clients derived from it
   * by {@link #newBuilder()}: shut down when the last of them closes.
   */
  static final class OwnedResources {
    final @Nullable ExecutorService dispatcher; // null when the host supplied it
    final Transport transport;
    private final @Nullable OkHttpClient okHttp; // null when the host supplied the transport
    private int users = 1;

    OwnedResources(@Nullable ExecutorService dispatcher, Transport transport, @Nullable OkHttpClient okHttp) {
      this.dispatcher = dispatcher;
      this.transport = transport;
      this.okHttp = okHttp;
    }

    synchronized void retain() {
      if (users == 0) {
        throw new IllegalStateException(
            "the client this builder was derived from is closed; its dispatcher and transport are"
                + " shut down (pass new ones, or derive from an open client)");
      }
      users++;
    }

    void release() {
      synchronized (this) {
        if (users == 0 || --users > 0) return;
      }
      if (dispatcher != null) dispatcher.shutdown(); // running calls finish; idle threads end now
      if (okHttp != null) {
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
      }
    }
  }
}
