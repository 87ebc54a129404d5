package io.livecoins.recharge;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One store file shared by real processes: concurrent writers in separate JVMs lose nothing, and a
 * writer killed with SIGKILL at a seeded random moment leaves a readable file holding every record
 * it had saved, with the lock released.
 */
final class FilePendingOrderStoreProcessesTest {
  private static final long SEED = 20261201L;

  @TempDir Path dir;

  @Test
  void twoProcessesAndThisOneOnOneFileLoseNoRecord() throws Exception {
    Path file = dir.resolve("pending.json");
    int count = 120;
    Process first = hammer(file, "p1", count);
    Process second = hammer(file, "p2", count);
    try {
      // This JVM writes too, with its own instance, while the children run.
      FilePendingOrderStore mine = new FilePendingOrderStore(file);
      for (int n = 0; n < count; n++) {
        PendingOrder record = StoreHammer.record("me-" + n, "me");
        mine.save(record);
        if (!StoreHammer.kept(n)) mine.remove("me-" + n);
      }
      assertThat(readAll(first)).endsWith("done");
      assertThat(readAll(second)).endsWith("done");
      assertThat(first.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(first.exitValue()).isZero();
      assertThat(second.exitValue()).isZero();
    } finally {
      first.destroyForcibly();
      second.destroyForcibly();
    }

    Set<String> expected = new HashSet<>();
    for (String prefix : new String[] {"p1", "p2", "me"}) {
      for (int n = 0; n < count; n++) if (StoreHammer.kept(n)) expected.add(prefix + "-" + n);
    }
    Set<String> ids = new HashSet<>();
    for (PendingOrder order : new FilePendingOrderStore(file).all()) ids.add(order.orderId());
    assertThat(ids).isEqualTo(expected);
  }

  @Test
  void aWriterKilledMidWayLeavesEverySavedRecordAndNoLock() throws Exception {
    Path file = dir.resolve("pending.json");
    Random random = new Random(SEED);
    Set<String> durable = new HashSet<>();
    for (int round = 0; round < 3; round++) {
      String prefix = "k" + round;
      int killAfter = 5 + random.nextInt(40);
      Process child = hammer(file, prefix, 100_000);
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
        int saved = 0;
        String line;
        while (saved < killAfter && (line = out.readLine()) != null) {
          if (!line.startsWith("saved ")) continue;
          int n = Integer.parseInt(line.substring(line.indexOf('-') + 1));
          if (StoreHammer.kept(n)) durable.add(line.substring("saved ".length()));
          saved++;
        }
        assertThat(saved).as("the child reported its saves").isEqualTo(killAfter);
        child.destroyForcibly(); // SIGKILL, possibly in the middle of a write
        assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
      } finally {
        child.destroyForcibly();
      }
      // The file parses, holds every record whose save returned, and the lock died with the process.
      FilePendingOrderStore reopened = new FilePendingOrderStore(file);
      Set<String> ids = new HashSet<>();
      for (PendingOrder order : reopened.all()) ids.add(order.orderId());
      assertThat(ids).containsAll(durable);
      reopened.save(StoreHammer.record("after-" + round, "me"));
      assertThat(reopened.get("after-" + round)).isNotNull();
    }
  }

  private static Process hammer(Path file, String prefix, int count) throws IOException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(StoreHammer.class.getName());
    command.add(file.toString());
    command.add(prefix);
    command.add(String.valueOf(count));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static String readAll(Process process) throws IOException {
    StringBuilder text = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) text.append(line).append('\n');
    }
    return text.toString().trim();
  }
}
