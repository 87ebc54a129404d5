package io.livecoins.payment;

/**
 * Opens a hosted checkout page for the user: a Custom Tab on Android, the desktop browser on the JVM,
 * a web view, or anything else that shows {@link CheckoutPage#url()}. Plugged into {@link
 * HostedCheckoutProvider.Builder#launcher(CheckoutLauncher)}.
 *
 * <pre>{@code
 * CheckoutLauncher desktop = page -> java.awt.Desktop.getDesktop().browse(java.net.URI.create(page.url()));
 * }</pre>
 *
 * <p>Called on the purchase's thread (never the main thread of an Android app when the purchase was
 * enqueued): post to the main thread to start an Activity. Return once the page was handed over; do
 * not wait for the user. Throwing means the page could not be shown: the provider closes the session
 * and the purchase fails with nothing charged.
 */
@FunctionalInterface
public interface CheckoutLauncher {
  /**
   * Shows {@code page} to the user.
   *
   * @param page the page to open: its URL, session id and when it expires
   * @throws Exception if the page cannot be shown; the purchase then fails with nothing charged
   */
  void open(CheckoutPage page) throws Exception;
}
