package io.livecoins.payment;

import io.livecoins.errors.ConflictException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.internal.Redactor;
import io.livecoins.internal.Strings;
import io.livecoins.internal.checkout.CheckoutBinding;
import io.livecoins.internal.checkout.CheckoutSessions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays on a checkout page the backend hosts: PayPal, e-wallets, bank transfers and whatever else the
 * backend offers in the order's region (provider id {@code "web"} by default). The user pays in a
 * browser; the backend completes the order itself, so no payment token passes through the app and a
 * payment made while the app was killed is still credited.
 *
 * <p>You plug in how the page is opened ({@link CheckoutLauncher}: a Custom Tab, the desktop browser)
 * and deliver the user's return ({@link #deliver(CheckoutReturn)} from your deep-link handler or
 * loopback redirect). For each purchase the provider opens a session for the order, hands its page to
 * the launcher, then waits for the return or for the session's state, whichever comes first, at most
 * {@linkplain Builder#maxWait(Duration) maxWait}:
 *
 * <ul>
 *   <li>paid (or pending) on the page: the purchase reads the order until it is credited and returns it;
 *   <li>declined: {@code PaymentDeclinedException}, nothing charged;
 *   <li>the user closed the page, came back without paying, or the wait ran out: the provider closes the
 *       session at the backend, atomically with the page; if it was still open the purchase fails with
 *       {@code PaymentCancelledException} ({@code NOT_APPLIED}: nothing can be charged any more); if the
 *       user paid meanwhile, the purchase goes on as paid;
 *   <li>the thread was interrupted (the app is going away): {@code PaymentUncertainException}; the order
 *       stays recorded and {@code resumePending()} picks up a late payment.
 * </ul>
 *
 * <pre>{@code
 * HostedCheckoutProvider web = HostedCheckoutProvider.builder()
 *     .launcher(page -> openInBrowser(page.url()))
 *     .returnUrl("myapp://livecoins/checkout-return")
 *     .build();
 * LiveCoins client = LiveCoins.builder()...paymentProvider(web).build();
 * // in the deep-link handler: web.deliver(CheckoutReturn.fromUrl(uri.toString()));
 * client.recharge().purchase(pack, web.id(), PaymentMethod.none()).execute();
 * }</pre>
 *
 * <p>Register one instance with any number of clients: each client talks to the backend as its own
 * user. Thread-safe.
 */
public final class HostedCheckoutProvider implements PaymentProvider {
  /** The default provider id, {@code "web"}. */
  public static final String ID = "web";
  /** The default bound on the wait for the page, 15 minutes (the usual session lifetime). */
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(15);
  /** The default interval between reads of the session while waiting, 2 seconds. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

  private static final Logger log = LoggerFactory.getLogger("io.livecoins.payment");

  static {
    CheckoutBinding.install((provider, sessions) -> ((HostedCheckoutProvider) provider).boundTo(sessions));
  }

  private final String id;
  private final CheckoutLauncher launcher;
  private final String returnUrl;
  private final Duration maxWait;
  private final Duration pollInterval;
  private final Waiters waiters;
  private final @Nullable CheckoutSessions sessions;

  private HostedCheckoutProvider(Builder b) {
    this.id = b.id;
    this.launcher = Objects.requireNonNull(b.launcher, "launcher == null: call launcher(...)");
    this.returnUrl = Objects.requireNonNull(b.returnUrl, "returnUrl == null: call returnUrl(...)");
    this.maxWait = b.maxWait;
    this.pollInterval = b.pollInterval;
    this.waiters = new Waiters();
    this.sessions = null;
  }

  private HostedCheckoutProvider(HostedCheckoutProvider config, CheckoutSessions sessions) {
    this.id = config.id;
    this.launcher = config.launcher;
    this.returnUrl = config.returnUrl;
    this.maxWait = config.maxWait;
    this.pollInterval = config.pollInterval;
    this.waiters = config.waiters; // returns delivered to the registered instance reach every client
    this.sessions = sessions;
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  private HostedCheckoutProvider boundTo(CheckoutSessions sessions) {
    return new HostedCheckoutProvider(this, sessions);
  }

  @Override
  public String id() {
    return id;
  }

  /** {@return the URL the page sends the user back to} */
  public String returnUrl() {
    return returnUrl;
  }

  /** {@return the bound on the wait for the page} */
  public Duration maxWait() {
    return maxWait;
  }

  /**
   * Delivers the user's return from the page; call it from your deep-link handler ({@code
   * onNewIntent}), your loopback redirect, or when the browser was closed without one ({@link
   * CheckoutReturn#closed()}). Returns whether a purchase was waiting for it; a return nobody waits
   * for (the app was restarted meanwhile) is harmless: {@code resumePending()} settles that order.
   *
   * @param checkoutReturn the parsed return, from {@link CheckoutReturn#fromUrl(String)}
   * @return true if a purchase was waiting for this return; false if none was (harmless)
   */
  public boolean deliver(CheckoutReturn checkoutReturn) {
    Objects.requireNonNull(checkoutReturn, "checkoutReturn == null");
    return waiters.deliver(checkoutReturn);
  }

  /**
   * {@return whether {@code url} is a return to this provider's {@linkplain #returnUrl() return
   * URL}; use it to route deep links}
   *
   * @param url a deep-link URL the app received; null gives false
   */
  public boolean isReturnUrl(@Nullable String url) {
    if (url == null || !url.startsWith(returnUrl)) return false;
    return url.length() == returnUrl.length() || url.charAt(returnUrl.length()) == '?'
        || url.charAt(returnUrl.length()) == '&' || url.charAt(returnUrl.length()) == '#';
  }

  /** Accepts any method: the user picks on the page ({@link PaymentMethod#none()} is fine). */
  @Override
  public void checkMethod(PaymentMethod method) {
    Objects.requireNonNull(method, "method == null");
  }

  /**
   * Opens the order's page and waits for the outcome, as described above. Answers {@link
   * PaymentResult#completedByBackend(String)} once the user paid.
   */
  @Override
  public PaymentResult authorize(PaymentRequest request) {
    Objects.requireNonNull(request, "request == null");
    CheckoutSessions sessions = this.sessions;
    if (sessions == null) {
      return PaymentResult.declined(DeclineReason.PROCESSING_ERROR,
          "the hosted checkout provider was not registered with LiveCoins.Builder.paymentProvider");
    }
    String orderId = request.orderId();
    CheckoutPage page;
    try {
      page = sessions.open(orderId, returnUrl);
    } catch (ConflictException e) {
      if ("invalid_state".equals(e.reason())) {
        // The order no longer awaits payment (paid meanwhile, or expired): the order tells which.
        return PaymentResult.completedByBackend("order " + orderId);
      }
      return PaymentResult.declined(DeclineReason.PROCESSING_ERROR, "could not open the checkout page: " + e.code());
    } catch (LiveCoinsException e) {
      // Nobody has seen a page yet: nothing can have been paid.
      return PaymentResult.declined(DeclineReason.PROCESSING_ERROR, "could not open the checkout page: " + e.code());
    }
    if (page.status() != CheckoutPage.Status.OPEN) {
      return decide(sessions, page, true);
    }
    BlockingQueue<CheckoutReturn> returns = waiters.register(page.sessionId());
    try {
      try {
        log.debug("opening the checkout page of order {} (session {})", orderId, page.sessionId());
        launcher.open(page);
      } catch (Exception e) {
        log.warn("the checkout launcher could not open session {}: {}", page.sessionId(),
            Redactor.redact(String.valueOf(e)));
        return close(sessions, page.sessionId(), "the checkout page could not be opened");
      }
      return await(sessions, page, returns);
    } finally {
      waiters.unregister(page.sessionId(), returns);
    }
  }

  private PaymentResult await(CheckoutSessions sessions, CheckoutPage opened, BlockingQueue<CheckoutReturn> returns) {
    String sessionId = opened.sessionId();
    long deadline = System.nanoTime() + maxWait.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      CheckoutReturn back;
      try {
        back = left <= 0 ? returns.poll() : returns.poll(Math.min(left, pollInterval.toNanos()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return PaymentResult.unknown("interrupted while checkout session " + sessionId
            + " was open; the user may still pay, resumePending() settles it");
      }
      CheckoutPage now;
      try {
        now = sessions.get(sessionId);
      } catch (LiveCoinsException e) {
        log.debug("reading checkout session {} failed ({}); waiting on", sessionId, e.code());
        now = null;
      }
      if (now != null && now.status() != CheckoutPage.Status.OPEN) return decide(sessions, now, false);
      if (back != null) {
        log.debug("the user came back from session {} ({}) and it is still open: closing it", sessionId, back.result());
        return close(sessions, sessionId, "the user closed the checkout page");
      }
      if (deadline - System.nanoTime() <= 0) {
        log.debug("no answer from checkout session {} within {}: closing it", sessionId, maxWait);
        return close(sessions, sessionId, "the checkout page was not finished within " + maxWait);
      }
      if (Thread.currentThread().isInterrupted()) {
        return PaymentResult.unknown("interrupted while checkout session " + sessionId + " was open");
      }
    }
  }

  /** Closes the session at the backend; its answer says whether the user paid after all. */
  private PaymentResult close(CheckoutSessions sessions, String sessionId, String why) {
    CheckoutPage closed;
    try {
      closed = sessions.cancel(sessionId);
    } catch (LiveCoinsException e) {
      return PaymentResult.unknown(why + ", and closing checkout session " + sessionId + " failed (" + e.code()
          + "); resumePending() settles it");
    }
    if (closed.status() == CheckoutPage.Status.OPEN) {
      return PaymentResult.unknown("checkout session " + sessionId + " is still open after a cancel");
    }
    return decide(sessions, closed, false);
  }

  private PaymentResult decide(CheckoutSessions sessions, CheckoutPage page, boolean mayClose) {
    CheckoutPage.Status status = page.status(); // if/else, not a switch: no synthetic switch-map class
    if (status == CheckoutPage.Status.DECLINED) {
      return PaymentResult.declined(DeclineReason.fromWireName(page.failureReason()),
          "declined on the checkout page (" + page.method() + ")");
    }
    if (status == CheckoutPage.Status.CANCELLED || status == CheckoutPage.Status.EXPIRED) {
      return PaymentResult.cancelled();
    }
    if (status == CheckoutPage.Status.OPEN) {
      return mayClose ? close(sessions, page.sessionId(), "open") : PaymentResult.unknown("still open");
    }
    // PAID, PENDING, or a status this version does not know: the order tells what became of the money.
    return PaymentResult.completedByBackend("checkout session " + page.sessionId());
  }

  @Override
  public String toString() {
    return "HostedCheckoutProvider{id=" + id + ", returnUrl=" + returnUrl + '}';
  }

  /** The purchases waiting for a return, by session id. */
  private static final class Waiters {
    private final Map<String, BlockingQueue<CheckoutReturn>> bySession = new ConcurrentHashMap<>();

    BlockingQueue<CheckoutReturn> register(String sessionId) {
      BlockingQueue<CheckoutReturn> queue = new LinkedBlockingQueue<>();
      bySession.put(sessionId, queue);
      return queue;
    }

    void unregister(String sessionId, BlockingQueue<CheckoutReturn> queue) {
      bySession.remove(sessionId, queue);
    }

    boolean deliver(CheckoutReturn r) {
      String sessionId = r.sessionId();
      if (sessionId != null) {
        BlockingQueue<CheckoutReturn> queue = bySession.get(sessionId);
        return queue != null && queue.offer(r);
      }
      List<BlockingQueue<CheckoutReturn>> all = new ArrayList<>(bySession.values());
      for (BlockingQueue<CheckoutReturn> queue : all) queue.offer(r);
      return !all.isEmpty();
    }
  }

  /** Builds a {@link HostedCheckoutProvider}. Not thread-safe. */
  public static final class Builder {
    private String id = ID;
    private @Nullable CheckoutLauncher launcher;
    private @Nullable String returnUrl;
    private Duration maxWait = DEFAULT_MAX_WAIT;
    private Duration pollInterval = DEFAULT_POLL_INTERVAL;

    Builder() {}

    /**
     * The provider id the catalog lists for the hosted page; {@code "web"} by default.
     *
     * @param id the provider id; not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Strings.requireNonBlank(id, "id");
      return this;
    }

    /**
     * How the page is shown (required).
     *
     * @param launcher opens the page in a browser; not null
     * @return this builder
     */
    public Builder launcher(CheckoutLauncher launcher) {
      this.launcher = Objects.requireNonNull(launcher, "launcher == null");
      return this;
    }

    /**
     * Where the page sends the user back (required): your app's deep link ({@code myapp://...}) or a
     * loopback URL ({@code http://127.0.0.1:<port>/...}). The page appends {@code session} and {@code
     * result} query parameters.
     *
     * @param returnUrl the URL the page sends the user back to
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute URL or longer than 2048 characters
     */
    public Builder returnUrl(String returnUrl) {
      Strings.requireNonBlank(returnUrl, "returnUrl");
      if (returnUrl.length() > 2048 || !returnUrl.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")
          || returnUrl.indexOf('?') >= 0) {
        throw new IllegalArgumentException("returnUrl must be an absolute URL without a query: " + returnUrl);
      }
      this.returnUrl = returnUrl;
      return this;
    }

    /**
     * The bound on the wait for the page; 15 minutes by default.
     *
     * @param maxWait the bound on the wait for the page
     * @return this builder
     */
    public Builder maxWait(Duration maxWait) {
      Objects.requireNonNull(maxWait, "maxWait == null");
      if (maxWait.isNegative() || maxWait.isZero()) throw new IllegalArgumentException("maxWait <= 0");
      this.maxWait = maxWait;
      return this;
    }

    /**
     * How often the session is read while waiting; 2 seconds by default.
     *
     * @param pollInterval the wait between two reads of the session; positive
     * @return this builder
     */
    public Builder pollInterval(Duration pollInterval) {
      Objects.requireNonNull(pollInterval, "pollInterval == null");
      if (pollInterval.isNegative() || pollInterval.isZero()) throw new IllegalArgumentException("pollInterval <= 0");
      this.pollInterval = pollInterval;
      return this;
    }

    /**
     * Builds the provider.
     *
     * @return the provider
     * @throws NullPointerException if the launcher or return URL is missing
     */
    public HostedCheckoutProvider build() {
      return new HostedCheckoutProvider(this);
    }
  }
}
