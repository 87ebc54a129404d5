package io.livecoins.testing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone mock server:
 * {@code java -jar sdk-testing/target/livecoins-mock-server.jar --port 8080 [--seed N] [--fault-rate P]
 * [--fault-kinds K,...] [--fault "ROUTE=F,F"] [--host H] [--no-strict] [--sse-heartbeat-ms N]}.
 * Prints its base URL and the demo tokens, serves until stopped, shuts down cleanly on Ctrl-C.
 * Exit status 2 on bad flags.
 */
public final class Main {
  static final String USAGE = String.join("\n",
      "Usage: java -jar livecoins-mock-server.jar [options]",
      "  --port N            port to bind (default 8080; 0 = any free port)",
      "  --host H            interface to bind (default 127.0.0.1)",
      "  --seed N            seed for random faults and request ids (default 0)",
      "  --fault-rate P      probability 0..1 of a random fault on every request (default 0)",
      "  --fault-kinds K,..  faults drawn by --fault-rate (default 500,502,503,429,drop-before,drop-after-commit)",
      "  --fault R=F,..      script faults for route R, one per request, e.g.",
      "                      --fault 'POST /v1/gifts/send=503,drop-after-commit' (repeatable; R may be *)",
      "  --no-strict         answer requests that break docs/openapi.yaml instead of rejecting them (400)",
      "  --sse-heartbeat-ms N  interval of ': ping' comments on event streams (default 1000)",
      "  --expired-payment-policy credit-late|void  a payment confirmed after its order expired is",
      "                      credited late (default) or voided (docs/protocol.md, Paid after expiry)",
      "  --help              print this help",
      "Faults: none, 500, 502, 503, 504, 429[:seconds], delay:<n>ms|s, drop-before, drop-after-commit,",
      "        malformed, truncated.");

  private Main() {}

  /**
   * Entry point; see the class comment.
   *
   * @param args the command-line options described in the class comment
   * @throws InterruptedException if the main thread is interrupted while the server runs
   */
  public static void main(String[] args) throws InterruptedException {
    LiveCoinsMockServer server;
    try {
      server = configure(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (server == null) {
      return; // --help
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "livecoins-mock-server-shutdown"));
    try {
      server.start();
    } catch (java.io.UncheckedIOException e) {
      System.err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
      System.exit(1);
      return;
    }
    printBanner(server, System.out);
    stopped.await();
  }

  /**
   * Parses {@code args} into a configured, unstarted server; null after printing {@code --help}.
   *
   * @throws IllegalArgumentException for a bad flag or value
   */
  static LiveCoinsMockServer configure(String[] args, PrintStream out) {
    LiveCoinsMockServer.Builder b = LiveCoinsMockServer.builder().port(8080);
    double rate = 0;
    List<Fault> kinds = new ArrayList<>(List.of(Fault.status(500), Fault.status(502), Fault.status(503),
        Fault.rateLimited(1), Fault.dropBeforeProcessing(), Fault.dropAfterCommit()));
    List<String[]> scripts = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help":
        case "-h":
          out.println(USAGE);
          return null;
        case "--no-strict":
          b.strict(false);
          break;
        case "--port":
          b.port(intValue(a, value(args, ++i, a)));
          break;
        case "--host":
          b.host(value(args, ++i, a));
          break;
        case "--seed":
          b.seed(longValue(a, value(args, ++i, a)));
          break;
        case "--expired-payment-policy": {
          String policy = value(args, ++i, a);
          if (policy.equals("credit-late")) {
            b.expiredPaymentPolicy(ExpiredPaymentPolicy.CREDIT_LATE);
          } else if (policy.equals("void")) {
            b.expiredPaymentPolicy(ExpiredPaymentPolicy.VOID);
          } else {
            throw new IllegalArgumentException("--expired-payment-policy needs credit-late or void");
          }
          break;
        }
        case "--sse-heartbeat-ms":
          b.sseHeartbeat(java.time.Duration.ofMillis(longValue(a, value(args, ++i, a))));
          break;
        case "--fault-rate":
          try {
            rate = Double.parseDouble(value(args, ++i, a));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--fault-rate needs a number in 0..1");
          }
          if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("--fault-rate needs a number in 0..1");
          }
          break;
        case "--fault-kinds":
          kinds.clear();
          for (String k : value(args, ++i, a).split(",")) {
            kinds.add(Fault.parse(k));
          }
          break;
        case "--fault": {
          String spec = value(args, ++i, a);
          int eq = spec.lastIndexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("--fault needs ROUTE=FAULT[,FAULT...]");
          }
          scripts.add(new String[] {spec.substring(0, eq).trim(), spec.substring(eq + 1)});
          break;
        }
        default:
          throw new IllegalArgumentException("unknown option " + a);
      }
    }
    LiveCoinsMockServer server = b.build();
    if (rate > 0) {
      server.faults().randomly(rate, kinds.toArray(new Fault[0]));
    }
    for (String[] s : scripts) {
      List<Fault> faults = new ArrayList<>();
      for (String f : s[1].split(",")) {
        faults.add(Fault.parse(f));
      }
      if (s[0].equals("*")) {
        server.faults().script(faults.toArray(new Fault[0]));
      } else {
        server.faults().script(s[0], faults.toArray(new Fault[0]));
      }
    }
    return server;
  }

  static void printBanner(LiveCoinsMockServer server, PrintStream out) {
    out.println("LiveCoins mock server listening on " + server.url());
    out.println("Demo users (Authorization: Bearer <token>):");
    for (MockUser u : server.users()) {
      out.printf("  %-20s %-7s %-8s region=%s coins=%d diamonds=%d%s%s%n", u.token(), u.id(),
          u.creator() ? "creator" : "viewer", u.region(), u.coins(), u.diamonds(),
          u.streamId() != null ? " stream=" + u.streamId() : "", u.ageRestricted() ? " (under age)" : "");
    }
    out.println("Try: curl -H 'Authorization: Bearer " + DemoData.BOB_TOKEN + "' " + server.url("/v1/wallet"));
    out.flush();
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }

  private static int intValue(String flag, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs an integer: " + v);
    }
  }

  private static long longValue(String flag, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs an integer: " + v);
    }
  }
}
