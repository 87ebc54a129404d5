package io.livecoins.sample.jvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.livecoins.LiveCoins;
import io.livecoins.errors.Effect;
import io.livecoins.errors.PaymentCancelledException;
import io.livecoins.errors.PaymentUncertainException;
import io.livecoins.payment.CheckoutLauncher;
import io.livecoins.payment.CheckoutPage;
import io.livecoins.payment.HostedCheckoutProvider;
import io.livecoins.payment.PaymentMethod;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.LedgerEntry;
import io.livecoins.testing.LiveCoinsMockServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The hosted checkout in a real browser: headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}) opens the page the SDK's provider hands out, picks a method, pays or closes, and
 * comes back through the sample's loopback redirect. Skipped only when Chromium is absent and {@code CI}
 * is not set; {@code .ci/run} installs it, so CI always runs it.
 */
class HostedCheckoutBrowserTest {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  static WebDriver browser;
  static Path profile;

  @TempDir Path dataDir;
  LiveCoinsMockServer server;
  WebCheckout web;

  @BeforeAll
  static void startBrowser() throws Exception {
    boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    if (!installed) {
      String ci = System.getenv("CI");
      assumeTrue(ci != null && !ci.isBlank() && !ci.equals("false"),
          "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
      fail("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run installs them");
    }
    // Never let Selenium Manager look for or download a driver: the Debian one is given explicitly.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    profile = Files.createTempDirectory("livecoins-chromium");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=480,760", "--user-data-dir=" + profile);
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) browser.quit();
  }

  @BeforeEach
  void startBackend() {
    server = LiveCoinsMockServer.builder().seed(15).build().start();
  }

  @AfterEach
  void stopBackend() {
    if (web != null) web.close();
    server.assertConsistent();
    assertThat(server.contractViolations()).isEmpty();
    assertThat(server.requestViolations()).isEmpty();
    server.close();
  }

  /** The app: a client whose hosted checkout opens pages with {@code launcher} and returns via loopback. */
  LiveCoins app(CheckoutLauncher launcher) {
    web = new WebCheckout(launcher);
    return new Clients(server.url().toString(), "US", dataDir, SampleIo.NO_WAIT, web.provider())
        .forUser("viewer", DemoData.ALICE_TOKEN);
  }

  /** The user in the browser: opens the page, picks {@code method}, presses {@code button}. */
  static CheckoutLauncher user(String method, String button) {
    return page -> {
      browser.get(page.url());
      if (method != null) browser.findElement(By.id("method-" + method)).click();
      browser.findElement(By.id(button)).click(); // the page redirects to the app's loopback URL
    };
  }

  static CoinPackage pack(LiveCoins client) {
    return client.recharge().packages("US").execute().get(2); // coins-700: 700 + 35 bonus, $9.99
  }

  long credited(String orderId) {
    return server.ledgerEntries().stream()
        .filter(e -> e.type().equals("RECHARGE") && e.reference().equals(orderId) && e.account().equals("user:alice"))
        .mapToLong(LedgerEntry::amount).sum();
  }

  @Test
  void payingWithPayPalInTheBrowserCreditsTheOrderOnce() throws Exception {
    AtomicReference<String> title = new AtomicReference<>();
    LiveCoins client = app(page -> {
      browser.get(page.url());
      title.set(browser.getTitle());
      assertThat(browser.findElement(By.id("price")).getText()).isEqualTo("9.99 USD");
      Path shot = Path.of("target", "hosted-checkout.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
      browser.findElement(By.id("method-paypal")).click();
      browser.findElement(By.id("approve")).click();
    });

    PurchaseResult result = client.recharge().purchase(pack(client), HostedCheckoutProvider.ID, PaymentMethod.none()).execute();

    assertThat(title.get()).isEqualTo("LiveCoins checkout");
    assertThat(browser.findElement(By.id("back")).getText()).isEqualTo("Done"); // the loopback page
    assertThat(result.order().status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(result.coinsCredited()).isEqualTo(735);
    assertThat(server.wallet("alice").coins()).isEqualTo(735);
    assertThat(credited(result.order().id())).isEqualTo(735);
    assertThat(server.checkout().sessions()).containsValue("PAID");
    assertThat(new Clients(server.url().toString(), "US", dataDir, SampleIo.NO_WAIT).pendingOrderStore("viewer").all())
        .isEmpty();
  }

  @Test
  void closingThePageInTheBrowserIsATypedCancelWithNothingCharged() {
    LiveCoins client = app(user(null, "close"));

    PaymentCancelledException e = catchThrowableOfType(PaymentCancelledException.class,
        () -> client.recharge().purchase(pack(client), HostedCheckoutProvider.ID, PaymentMethod.none()).execute());

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(server.wallet("alice").coins()).isZero();
    assertThat(server.checkout().sessions().values()).containsOnly("CANCELLED");
  }

  @Test
  void anEwalletPaymentMadeAfterTheAppWasKilledIsCreditedOnceOnTheNextStart() throws Exception {
    CountDownLatch pageShown = new CountDownLatch(1);
    AtomicReference<CheckoutPage> shown = new AtomicReference<>();
    LiveCoins first = app(page -> {
      browser.get(page.url());
      shown.set(page);
      pageShown.countDown(); // the page is up; the app is killed before the user pays
    });
    CoinPackage pack = pack(first);
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread appThread = new Thread(() -> {
      try {
        first.recharge().purchase(pack, HostedCheckoutProvider.ID, PaymentMethod.none()).execute();
      } catch (Throwable t) {
        outcome.set(t);
      }
    }, "killed-app");
    appThread.start();
    assertThat(pageShown.await(30, TimeUnit.SECONDS)).isTrue();
    appThread.interrupt();
    appThread.join(30_000);
    assertThat(outcome.get()).isInstanceOfSatisfying(PaymentUncertainException.class,
        e -> assertThat(e.effect()).isEqualTo(Effect.UNKNOWN));
    web.close(); // the app is gone: nobody listens on the return URL any more

    browser.findElement(By.id("method-venmo")).click();
    browser.findElement(By.id("approve")).click(); // paid; the redirect to the dead app fails
    // On a loaded machine the click may return before the server has handled the form post: wait
    // (bounded) for the server's state, never for a fixed time.
    new FluentWait<>(server)
        .withTimeout(Duration.ofSeconds(30))
        .pollingEvery(Duration.ofMillis(50))
        .until(s -> s.checkout().sessions().containsValue("PAID"));
    assertThat(server.checkout().sessions()).containsValue("PAID");

    LiveCoins restarted = app(page -> fail("the next start opens no page"));
    List<PurchaseResult> resumed = restarted.recharge().resumePending().execute();

    assertThat(resumed).hasSize(1);
    assertThat(resumed.get(0).order().id()).isEqualTo(shown.get().orderId());
    assertThat(resumed.get(0).order().status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(server.wallet("alice").coins()).isEqualTo(735);
    assertThat(credited(shown.get().orderId())).isEqualTo(735);
    assertThat(restarted.recharge().resumePending().execute()).isEmpty();
    assertThat(server.wallet("alice").coins()).isEqualTo(735);
  }

  @Test
  void theWalkthroughPaysOnTheHostedPageWithPayWithWeb() {
    SampleIo io = new SampleIo();
    Options options = Options.parse(new String[] {"--pay-with", "web"});
    try (Backend backend = Backend.embedded(); WebCheckout checkout = new WebCheckout(user("paypal", "approve"))) {
      Clients clients = new Clients(backend.baseUrl(), "US", dataDir, SampleIo.NO_WAIT, checkout.provider());
      int status = new Walkthrough(backend, options, io.console, clients, SampleIo.NO_WAIT).run();
      String out = io.out();
      assertThat(status).as(out).isZero();
      assertThat(out).contains("Buying coins-700 for $9.99 on the hosted checkout page",
          "[ok] +735 coins (700 + 35 bonus), order ord_");
    }
  }
}
