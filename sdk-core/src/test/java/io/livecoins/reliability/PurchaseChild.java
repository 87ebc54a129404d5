package io.livecoins.reliability;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.payment.PaymentMethod;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.FilePendingOrderStore;
import io.livecoins.recharge.PurchaseResult;
import java.nio.file.Path;
import java.util.List;

/**
 * The app in a child JVM for {@link ProcessDeathTest}: starts like an app does (resumePending()), then
 * buys {@code count} packages, printing one line per step so the parent can SIGKILL it at a chosen
 * step. Args: baseUrl userId token storeFile processorDir instance count holdAfterCharge (n > 0:
 * after the n-th charge print HOLDING and block on stdin until killed, a kill point the parent
 * reaches without timing).
 */
public final class PurchaseChild {
  private static int holdAfterCharge;
  private static int charges;

  private PurchaseChild() {}

  public static void main(String[] args) {
    String baseUrl = args[0];
    String userId = args[1];
    String token = args[2];
    Path storeFile = Path.of(args[3]);
    Path processorDir = Path.of(args[4]);
    String instance = args[5];
    int count = Integer.parseInt(args[6]);
    holdAfterCharge = Integer.parseInt(args[7]);
    LiveCoins client = LiveCoins.builder()
        .baseUrl(baseUrl)
        .authTokenProvider(AuthTokenProvider.of(userId, token))
        .paymentProvider(new FileProcessor(processorDir, userId, instance))
        .pendingOrderStore(new FilePendingOrderStore(storeFile))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).jitter(false).build())
        .build();
    say("START " + instance);
    try {
      List<PurchaseResult> resumed = client.recharge().resumePending().execute();
      say("RESUMED " + resumed.size());
    } catch (LiveCoinsException e) {
      say("RESUME-FAILED " + e.code());
    }
    CoinPackage pack = null;
    for (CoinPackage p : client.recharge().packages().execute()) {
      if (p.id().equals("coins-70")) pack = p;
    }
    for (int i = 0; i < count; i++) {
      say("BUY " + i);
      try {
        PurchaseResult result = client.recharge().purchase(pack, "card", PaymentMethod.none()).execute();
        say("BOUGHT " + result.outcome());
      } catch (LiveCoinsException e) {
        say("FAILED " + e.code() + " " + e.effect());
      }
    }
    say("END");
    System.exit(0);
  }

  /** Called by the processor once it charged. */
  static synchronized void charged(String orderId) {
    say("CHARGED " + orderId);
    if (++charges == holdAfterCharge) {
      say("HOLDING");
      try {
        while (System.in.read() != -1) {
          // wait for the kill
        }
      } catch (java.io.IOException e) {
        // killed
      }
    }
  }

  static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
