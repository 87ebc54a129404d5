package io.livecoins.gift;

import static io.livecoins.gift.AssetFixtures.assets;
import static io.livecoins.gift.AssetFixtures.parts;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.LiveCoins;
import io.livecoins.test.MockServers;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One cache directory shared by real processes ({@link AssetCacheChild} in child JVMs) and this
 * one: concurrent prefetches with eviction never expose a wrong byte and end under the cap; a
 * process killed with SIGKILL in the middle of a download leaves no visible partial file, and the
 * next instance's first call deletes its part. Bounded by counts (rounds), not by the clock.
 */
final class GiftAssetCacheProcessesTest {
  private static final long SEED = 20261201L;
  private static final long MAX_BYTES = 2_000;

  @TempDir Path tmp;
  private final MockWebServer server = MockServers.startLoopback();
  private final List<Process> children = new ArrayList<>();
  private final ExecutorService readers = Executors.newCachedThreadPool();
  private final CountDownLatch slowHalfSent = new CountDownLatch(1);
  private final CountDownLatch releaseSlow = new CountDownLatch(1);

  @AfterEach
  void tearDown() {
    releaseSlow.countDown();
    for (Process child : children) child.destroyForcibly();
    readers.shutdownNow();
    server.close();
  }

  private String baseUrl() {
    return server.url("/").toString();
  }

  private void serveAssets() {
    String base = baseUrl();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String target = request.getTarget();
            if (target.startsWith("/asset/")) {
              int n = Integer.parseInt(target.substring("/asset/".length()));
              return new MockResponse.Builder()
                  .body(new Buffer().write(AssetFixtures.content(n, AssetCacheChild.size(n))))
                  .build();
            }
            if (target.equals("/slow/0")) {
              GiftAsset slow = AssetCacheChild.slow(base);
              byte[] body = AssetFixtures.content(1000, (int) slow.sizeBytes());
              return new MockResponse.Builder()
                  .body(GiftAssetCacheTest.halfThenWait(body, slowHalfSent, releaseSlow))
                  .build();
            }
            return new MockResponse.Builder().code(404).build();
          }
        });
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void threeProcessesAndThisOnePrefetchingAndEvictingOnOneDirectoryNeverSeeAWrongByte()
      throws Exception {
    serveAssets();
    Path dir = tmp.resolve("assets");
    int rounds = 30;
    List<Future<String>> outputs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Process child = start("hammer", dir, rounds, SEED + i);
      outputs.add(readers.submit(() -> readAll(child)));
    }
    boolean mineOk;
    List<String> mine = new ArrayList<>();
    try (LiveCoins client = AssetFixtures.client(baseUrl()).build()) {
      mineOk = AssetCacheChild.hammer(client, baseUrl(), dir, MAX_BYTES, rounds, new Random(SEED + 99), mine::add);
    }

    for (int i = 0; i < 3; i++) {
      String output = outputs.get(i).get(3, TimeUnit.MINUTES);
      assertThat(output).endsWith("done").doesNotContain("CORRUPT").doesNotContain("FAILED");
      assertThat(children.get(i).waitFor(1, TimeUnit.MINUTES)).isTrue();
      assertThat(children.get(i).exitValue()).isZero();
    }
    assertThat(mine).endsWith("done").noneMatch(line -> line.startsWith("CORRUPT") || line.startsWith("FAILED"));
    assertThat(mineOk).isTrue();
    assertThat(parts(dir)).isEmpty();
    long total = 0;
    for (String name : assets(dir)) {
      byte[] bytes = Files.readAllBytes(dir.resolve(name));
      assertThat(name).startsWith(AssetFixtures.sha256(bytes));
      total += bytes.length;
    }
    assertThat(total).isLessThanOrEqualTo(MAX_BYTES);
    assertThat(assets(dir)).isNotEmpty();
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aProcessKilledMidDownloadLeavesNoVisibleFileAndTheNextOpenDeletesItsPart() throws Exception {
    serveAssets();
    Path dir = tmp.resolve("assets");
    // Something verified is already there, from an earlier run.
    try (LiveCoins client = AssetFixtures.client(baseUrl()).build()) {
      GiftAssetCache.builder(client, dir).maxBytes(1_000_000).build()
          .fetch(AssetCacheChild.served(baseUrl(), 3)).execute();
    }
    Process child = start("stall", dir, 0, SEED);
    readers.submit(() -> readAll(child));

    assertThat(slowHalfSent.await(60, TimeUnit.SECONDS)).as("the child is mid-download").isTrue();
    awaitPart(dir);
    child.destroyForcibly(); // SIGKILL in the middle of the body
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();

    GiftAsset slow = AssetCacheChild.slow(baseUrl());
    assertThat(parts(dir)).as("the dead download's part").hasSize(1);
    try (LiveCoins client = AssetFixtures.client(baseUrl()).build()) {
      GiftAssetCache reopened = GiftAssetCache.builder(client, dir).maxBytes(1_000_000).build();
      assertThat(reopened.file(slow)).as("never visible").isNull();
      assertThat(reopened.file(AssetCacheChild.served(baseUrl(), 3))).isNotNull();

      PrefetchResult result =
          reopened.prefetch(List.of(AssetCacheChild.served(baseUrl(), 3), AssetCacheChild.served(baseUrl(), 4)))
              .execute();

      assertThat(result.isComplete()).isTrue();
      assertThat(parts(dir)).as("the next open deleted it").isEmpty();
      assertThat(reopened.file(slow)).isNull();
    }
    for (String name : assets(dir)) {
      assertThat(name).startsWith(AssetFixtures.sha256(Files.readAllBytes(dir.resolve(name))));
    }
  }

  private Process start(String mode, Path dir, int rounds, long seed) throws IOException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(AssetCacheChild.class.getName());
    command.add(mode);
    command.add(baseUrl());
    command.add(dir.toString());
    command.add(String.valueOf(mode.equals("stall") ? 1_000_000 : MAX_BYTES));
    command.add(String.valueOf(rounds));
    command.add(String.valueOf(seed));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    children.add(process);
    return process;
  }

  private static String readAll(Process process) throws IOException {
    StringBuilder text = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) text.append(line).append('\n');
    }
    return text.toString().trim();
  }

  /** Waits (bounded) until a part file exists. */
  private static void awaitPart(Path dir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (parts(dir).isEmpty()) {
      if (System.nanoTime() > deadline) throw new AssertionError("no part file appeared");
      Thread.onSpinWait();
    }
  }
}
