package io.livecoins.testing;

import io.livecoins.testing.internal.CheckoutHandler;
import java.util.Map;
import java.util.Objects;

/**
 * The mock backend's hosted checkout: the page at {@code /checkout/{sessionId}} that orders of provider
 * {@code "web"} are paid on, and its faults on cue. Obtain it with {@link LiveCoinsMockServer#checkout()}.
 *
 * <p>The page is plain HTML: a radio button per method offered in the order's region (PayPal everywhere,
 * plus e-wallets and bank transfers per region), a "Pay" button, the sandbox outcomes "Decline" and "Stay
 * pending", and "Cancel and return to the app". Paying completes the order on the server (coins credited
 * once); every outcome then redirects to the session's return URL with {@code ?session=<id>&result=
 * paid|declined|pending|cancelled}, unless a return was {@linkplain #loseReturns(int) lost on cue}.
 */
public final class MockCheckout {
  /** The provider id of orders paid on the hosted page, {@code "web"}. */
  public static final String PROVIDER = CheckoutHandler.PROVIDER;

  private final CheckoutHandler handler;

  MockCheckout(CheckoutHandler handler) {
    this.handler = Objects.requireNonNull(handler);
  }

  /**
   * The next {@code n} submissions of the page end on a "you can close this window" page
   * instead of redirecting to the return URL: the app never hears back and must learn the outcome
   * from the session.
   *
   * @param n how many submissions lose their return
   * @return this checkout, for chaining
   */
  public MockCheckout loseReturns(int n) {
    if (n < 0) throw new IllegalArgumentException("n < 0");
    handler.loseReturns(n);
    return this;
  }

  /**
   * The next approved payment is credited only after {@code polls} reads of its order (the
   * order is {@code PENDING} meanwhile), as when the payment network confirms late.
   *
   * @param polls how many reads of the order before it completes
   * @return this checkout, for chaining
   */
  public MockCheckout delayCompletion(int polls) {
    if (polls < 1) throw new IllegalArgumentException("polls < 1");
    handler.delayCompletion(polls);
    return this;
  }

  /**
   * Credits a payment the page left pending ("Stay pending"): the bank transfer arrived.
   *
   * @param sessionId the checkout session id, such as {@code "cs_1"}
   */
  public void settlePending(String sessionId) {
    handler.settlePending(sessionId);
  }

  /**
   * {@return every session's status ({@code OPEN, PENDING, PAID, DECLINED, CANCELLED, EXPIRED}),
   * oldest first}
   */
  public Map<String, String> sessions() {
    return handler.statuses();
  }
}
