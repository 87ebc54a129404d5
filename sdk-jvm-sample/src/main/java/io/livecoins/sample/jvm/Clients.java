package io.livecoins.sample.jvm;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.Sleeper;
import io.livecoins.payment.HostedCheckoutProvider;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.recharge.FilePendingOrderStore;
import java.nio.file.Path;

/** How this app builds its LiveCoins clients: the few lines every host app writes once. */
final class Clients {
  private final String baseUrl;
  private final String region;
  private final Path dataDir;
  private final Sleeper sleeper;
  private final HostedCheckoutProvider web;

  /**
   * @param dataDir where pending purchases are recorded; a real app uses its data directory
   * @param sleeper how the SDK waits between retries and polls ({@link Sleeper#SYSTEM} in the app;
   *     tests pass one that does not wait)
   */
  Clients(String baseUrl, String region, Path dataDir, Sleeper sleeper) {
    this(baseUrl, region, dataDir, sleeper, null);
  }

  /** @param web the hosted checkout provider to register too ({@code --pay-with web}), or null */
  Clients(String baseUrl, String region, Path dataDir, Sleeper sleeper, HostedCheckoutProvider web) {
    this.baseUrl = baseUrl;
    this.region = region;
    this.dataDir = dataDir;
    this.sleeper = sleeper;
    this.web = web;
  }

  /** A client for the user signed in with {@code token}; {@code user} names their records file. */
  LiveCoins forUser(String user, String token) {
    LiveCoins.Builder builder = LiveCoins.builder()
        .baseUrl(baseUrl)
        // The signed-in user's session token. A real app passes a provider whose refresh()
        // renews an expired session: the SDK calls it once when the server answers 401.
        .authTokenProvider(AuthTokenProvider.of(userIdOf(token), token))
        // Who takes the money. The sandbox provider turns test cards into sandbox tokens; a real
        // app registers its card processor, PayPal or Play Billing provider (several may coexist).
        .paymentProvider(new SandboxPaymentProvider())
        // Where a purchase is recorded between payment and confirmation. A file survives a crash,
        // so resumePending() finishes the purchase on the next start. One file per signed-in user.
        .pendingOrderStore(pendingOrderStore(user))
        .region(region)
        // Test money only; also allows http:// to a test server that is not on this machine.
        // Never set it in production.
        .sandbox(true)
        // Callbacks (enqueue(), wallet listeners, the gift feed) run on an SDK thread by default;
        // a UI app passes its UI thread's executor here with .callbackExecutor(...).
        .userAgentSuffix("LiveCoinsJvmSample/1.0")
        .sleeper(sleeper);
    // PayPal, e-wallets and bank transfers on the backend's hosted page: the provider opens the page
    // and the backend credits the order itself (see WebCheckout).
    if (web != null) builder.paymentProvider(web);
    return builder.build();
  }

  /** A fresh store instance on {@code user}'s records file, as a restarted app would open it. */
  FilePendingOrderStore pendingOrderStore(String user) {
    return new FilePendingOrderStore(dataDir.resolve(user + "-pending-orders.json"));
  }

  /**
   * The user a token signs in. A real app knows it from its own sign-in; the sample's tokens follow
   * the mock server's demo convention {@code demo-token-<user>}, and any other token is taken to be
   * the user's id followed by {@code -} and a secret part.
   */
  static String userIdOf(String token) {
    String trimmed = token.trim();
    int dash = trimmed.lastIndexOf('-');
    return dash >= 0 && dash < trimmed.length() - 1 ? trimmed.substring(dash + 1) : trimmed;
  }
}
