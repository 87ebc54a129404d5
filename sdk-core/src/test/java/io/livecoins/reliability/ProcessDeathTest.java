package io.livecoins.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.recharge.FilePendingOrderStore;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.OrderSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real process death: the app runs in child JVMs ({@link PurchaseChild}) buying coins with a {@link
 * FilePendingOrderStore} against the mock backend in this JVM, and is killed with {@link
 * Process#destroyForcibly()} (SIGKILL on Linux) after a seeded random number of its steps, then
 * restarted (a start runs {@code resumePending()}). The three device scenarios of issue #11: a
 * second account on the same file, two instances (two processes) on one file, and a reopen after
 * the orders expired. At the end every charge of the processor is credited exactly once and nothing
 * is credited without a charge, per user; the ledger is consistent. Bounded by counts (purchases,
 * rounds, steps), not by the clock.
 */
final class ProcessDeathTest {
  private static final long SEED = 20261201L;
  private static final int PURCHASES_PER_RUN = 3;
  /** START, RESUMED, then BUY / CHARGED / BOUGHT per purchase, END. */
  private static final int STEPS_PER_RUN = 3 + 3 * PURCHASES_PER_RUN;

  @TempDir Path dir;
  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(SEED).build().start();
  private final List<Process> children = new ArrayList<>();
  private final ExecutorService readers = Executors.newCachedThreadPool();
  private final Random random = new Random(SEED);
  private int instances;
  private int killedRightAfterACharge;

  @AfterEach
  void tearDown() {
    for (Process p : children) p.destroyForcibly();
    readers.shutdownNow();
    server.close();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void paidPurchasesSurviveSigkillOnOneDeviceWithASecondAccountTwoInstancesAndAReopenAfterExpiry()
      throws Exception {
    Path processor = Files.createDirectories(dir.resolve("processor"));
    Path device1 = dir.resolve("device1-pending.json");
    Path device2 = dir.resolve("device2-pending.json");
    Path device3 = dir.resolve("device3-pending.json");
    Map<String, Long> coinsBefore = new HashMap<>();
    for (String user : List.of(DemoData.ALICE, DemoData.BOB, DemoData.DAVE)) {
      coinsBefore.put(user, server.wallet(user).coins());
    }
    try {
      // 1. A second account on the same file: Alice and Bob take turns on one device, each killed.
      for (int round = 0; round < 4; round++) {
        String user = round % 2 == 0 ? DemoData.ALICE : DemoData.BOB;
        runAndKill(List.of(start(user, device1, processor, PURCHASES_PER_RUN)));
      }
      // 2. Two instances of one user on one file at the same time (two processes), both killed.
      for (int round = 0; round < 2; round++) {
        runAndKill(List.of(start(DemoData.ALICE, device2, processor, PURCHASES_PER_RUN),
            start(DemoData.ALICE, device2, processor, PURCHASES_PER_RUN)));
      }
      // 3. Killed right after the processor charged a seeded random purchase of the run, then reopened
      //    after every open order expired (the next day).
      for (int round = 0; round < 2; round++) {
        int holdAfterCharge = 1 + random.nextInt(PURCHASES_PER_RUN);
        Process app = start(DemoData.DAVE, device3, processor, PURCHASES_PER_RUN, holdAfterCharge);
        List<String> seen = readSteps(app, Integer.MAX_VALUE);
        app.destroyForcibly();
        app.waitFor();
        assertThat(seen).last().isEqualTo("HOLDING");
        expireOpenOrdersOf(DemoData.DAVE);
      }
      // Every device is started once more by each of its users and runs to its end (resumePending()).
      for (Object[] restart : new Object[][] {{DemoData.ALICE, device1}, {DemoData.BOB, device1},
          {DemoData.ALICE, device2}, {DemoData.DAVE, device3}}) {
        runToEnd(start((String) restart[0], (Path) restart[1], processor, 0));
      }
    } finally {
      for (Process p : children) p.destroyForcibly();
    }

    for (String user : List.of(DemoData.ALICE, DemoData.BOB, DemoData.DAVE)) {
      assertChargesEqualCredits(user, processor, coinsBefore.get(user));
    }
    for (Path device : List.of(device1, device2, device3)) {
      assertThat(new FilePendingOrderStore(device).all()).as("records left on " + device).isEmpty();
    }
    server.assertConsistent();
    assertThat(server.contractViolations()).isEmpty();
    assertThat(killedRightAfterACharge).as("kills that landed between a charge and its result").isPositive();
    long lateCredits = server.orders().stream().filter(OrderSnapshot::creditedLate).count();
    assertThat(lateCredits).as("orders paid before their expiry and credited after it").isEqualTo(2);
  }

  private void assertChargesEqualCredits(String user, Path processor, long coinsBefore) {
    List<String[]> charges = FileProcessor.charges(processor, user);
    Set<String> charged = new HashSet<>();
    for (String[] charge : charges) {
      assertThat(charged.add(charge[0])).as(user + " charged twice for " + charge[0]).isTrue();
    }
    long credited = 0;
    Set<String> completed = new HashSet<>();
    for (OrderSnapshot order : server.orders()) {
      if (!order.userId().equals(user)) continue;
      if (charged.contains(order.id())) {
        assertThat(order.status()).as(user + "'s charged order " + order.id()).isEqualTo("COMPLETED");
      }
      if (order.status().equals("COMPLETED")) {
        completed.add(order.id());
        credited += order.coins() + order.bonusCoins();
      }
    }
    assertThat(completed).as(user + ": credits == charges").isEqualTo(charged);
    assertThat(server.wallet(user).coins() - coinsBefore).isEqualTo(credited);
  }

  private void expireOpenOrdersOf(String user) {
    for (OrderSnapshot order : server.orders()) {
      if (order.userId().equals(user) && order.status().equals("AWAITING_PAYMENT")) {
        server.expireOrder(order.id());
      }
    }
  }

  private Process start(String user, Path store, Path processor, int purchases) throws IOException {
    return start(user, store, processor, purchases, 0);
  }

  /** Starts the app; with {@code holdAfterCharge} n > 0 it stops (until killed) right after its n-th charge. */
  private Process start(String user, Path store, Path processor, int purchases, int holdAfterCharge)
      throws IOException {
    String token = DemoData.users().stream().filter(u -> u.id().equals(user)).findFirst().orElseThrow().token();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String instance = user + "-" + (++instances);
    ProcessBuilder builder = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), PurchaseChild.class.getName(),
        server.url().toString(), user, token, store.toString(), processor.toString(), instance,
        Integer.toString(purchases), Integer.toString(holdAfterCharge));
    builder.redirectError(dir.resolve(instance + ".err").toFile());
    Process process = builder.start();
    children.add(process);
    return process;
  }

  /** Lets each child run a seeded random number of steps, then SIGKILLs it. */
  private void runAndKill(List<Process> processes) throws Exception {
    List<Future<List<String>>> runs = new ArrayList<>();
    for (Process process : processes) {
      int steps = 1 + random.nextInt(STEPS_PER_RUN - 1);
      runs.add(readers.submit(() -> {
        List<String> seen = readSteps(process, steps);
        process.destroyForcibly();
        process.waitFor();
        return seen;
      }));
    }
    for (Future<List<String>> run : runs) {
      List<String> seen = run.get();
      if (!seen.isEmpty() && seen.get(seen.size() - 1).startsWith("CHARGED")) killedRightAfterACharge++;
    }
  }

  private void runToEnd(Process process) throws Exception {
    List<String> seen = readSteps(process, Integer.MAX_VALUE);
    assertThat(process.waitFor()).as("exit of a restart: " + seen).isZero();
    assertThat(seen).as("a restart resumed").anySatisfy(line -> assertThat(line).startsWith("RESUMED"));
  }

  private static List<String> readSteps(Process process, int steps) throws IOException {
    List<String> seen = new ArrayList<>();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while (seen.size() < steps && (line = out.readLine()) != null) {
      seen.add(line);
      if (line.equals("HOLDING")) break;
    }
    return seen;
  }
}
