package io.livecoins.sample.jvm;

import com.sun.net.httpserver.HttpServer;
import io.livecoins.payment.CheckoutLauncher;
import io.livecoins.payment.CheckoutPage;
import io.livecoins.payment.CheckoutReturn;
import io.livecoins.payment.HostedCheckoutProvider;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * Paying on the backend's hosted checkout page from a desktop app: the page opens in the desktop
 * browser (or its URL is printed when there is none), and the browser comes back to a loopback
 * redirect on 127.0.0.1 that hands the return to the provider. This is the JVM counterpart of the
 * Android sample's Custom Tab and deep link.
 */
final class WebCheckout implements AutoCloseable {
  static final String RETURN_PATH = "/livecoins/checkout-return";

  private final HttpServer server;
  private final HostedCheckoutProvider provider;

  /** Starts the loopback redirect receiver and builds the provider that opens pages with {@code launcher}. */
  WebCheckout(CheckoutLauncher launcher) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
    }
    String returnUrl = "http://127.0.0.1:" + server.getAddress().getPort() + RETURN_PATH;
    provider = HostedCheckoutProvider.builder().launcher(launcher).returnUrl(returnUrl).build();
    server.createContext(RETURN_PATH, exchange -> {
      String url = returnUrl + (exchange.getRequestURI().getRawQuery() == null ? ""
          : "?" + exchange.getRequestURI().getRawQuery());
      boolean known;
      try {
        known = provider.deliver(CheckoutReturn.fromUrl(url));
      } catch (IllegalArgumentException e) {
        known = false;
      }
      byte[] page = ("<!doctype html><html><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>LiveCoins</title></head>"
          + "<body style=\"font-family:sans-serif\"><h1 id=\"back\">" + (known ? "Done" : "Nothing to do")
          + "</h1><p>You can close this window and return to the app.</p></body></html>")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, page.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page);
      }
    });
    server.setExecutor(Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "livecoins-checkout-return");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  /** The provider to register with the client (id {@code "web"}). */
  HostedCheckoutProvider provider() {
    return provider;
  }

  /**
   * Opens the page in the desktop browser when there is one; otherwise prints its URL for the user to
   * open (on this machine: the return goes to 127.0.0.1) and lets the provider wait.
   */
  static CheckoutLauncher desktopOrPrint(Console console) {
    return page -> {
      if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
          && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        console.say("Opening the checkout page in your browser: " + page.url());
        Desktop.getDesktop().browse(URI.create(page.url()));
      } else {
        console.say("Open this page in a browser on this machine to pay (" + methods(page) + "):");
        console.line("    " + page.url());
        console.flush();
      }
    };
  }

  static String methods(CheckoutPage page) {
    StringBuilder b = new StringBuilder();
    page.methods().forEach(m -> b.append(b.length() == 0 ? "" : ", ").append(m.name()));
    return b.toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
