package io.livecoins.gift;

import io.livecoins.LiveCoins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A child process for {@link GiftAssetCacheProcessesTest}, one app process on a shared cache
 * directory.
 *
 * <ul>
 *   <li>{@code hammer}: {@code rounds} prefetches of seeded random subsets of the served assets
 *       (a fresh cache instance every fifth round, like a re-created client), reading back every
 *       file {@code file()} returns and checking its SHA-256; prints {@code round N} after each,
 *       {@code CORRUPT <name>} if a visible file ever has the wrong bytes, {@code FAILED <result>}
 *       if a prefetch failed, and {@code done} at the end.
 *   <li>{@code stall}: fetches {@code /slow/0} (which the parent's server never finishes); the
 *       parent kills this process in the middle.
 * </ul>
 *
 * <p>Arguments: mode, base URL, directory, maxBytes, rounds, seed.
 */
public final class AssetCacheChild {
  /** How many assets the parent serves at {@code /asset/0 ..}. */
  static final int ASSETS = 12;

  private AssetCacheChild() {}

  /** The size of served asset {@code n}. */
  static int size(int n) {
    return 200 + (n * 37) % 400;
  }

  /** The description of served asset {@code n} at {@code baseUrl}. */
  static GiftAsset served(String baseUrl, int n) {
    return AssetFixtures.asset(baseUrl + "asset/" + n, AssetFixtures.content(n, size(n)));
  }

  /** The slow asset the parent's server never finishes sending. */
  static GiftAsset slow(String baseUrl) {
    return AssetFixtures.asset(baseUrl + "slow/0", AssetFixtures.content(1000, 64 * 1024));
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String baseUrl = args[1];
    Path dir = Paths.get(args[2]);
    long maxBytes = Long.parseLong(args[3]);
    int rounds = Integer.parseInt(args[4]);
    long seed = Long.parseLong(args[5]);
    try (LiveCoins client = AssetFixtures.client(baseUrl).build()) {
      if (mode.equals("stall")) {
        GiftAssetCache.builder(client, dir).maxBytes(maxBytes).build().fetch(slow(baseUrl)).execute();
        System.out.println("unexpectedly finished");
        return;
      }
      Consumer<String> out =
          line -> {
            System.out.println(line);
            System.out.flush();
          };
      System.exit(hammer(client, baseUrl, dir, maxBytes, rounds, new Random(seed), out) ? 0 : 2);
    }
  }

  /** Runs the hammer; true if every file was right and every prefetch complete. */
  static boolean hammer(
      LiveCoins client, String baseUrl, Path dir, long maxBytes, int rounds, Random random, Consumer<String> out)
      throws IOException {
    boolean ok = true;
    GiftAssetCache cache = null;
    for (int round = 0; round < rounds; round++) {
      if (round % 5 == 0) cache = GiftAssetCache.builder(client, dir).maxBytes(maxBytes).build();
      List<GiftAsset> subset = new ArrayList<>();
      for (int n = 0; n < ASSETS; n++) subset.add(served(baseUrl, n));
      Collections.shuffle(subset, random);
      subset = subset.subList(0, 1 + random.nextInt(4));
      PrefetchResult result = cache.prefetch(subset).execute();
      if (!result.isComplete()) {
        out.accept("FAILED " + result + " " + result.failed().values());
        ok = false;
      }
      for (GiftAsset asset : subset) {
        Path file = cache.file(asset);
        if (file == null) continue; // evicted by another process meanwhile: allowed
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException evicted) {
          continue;
        }
        if (!AssetFixtures.sha256(bytes).equals(asset.sha256())) {
          out.accept("CORRUPT " + file.getFileName());
          ok = false;
        }
      }
      out.accept("round " + round);
    }
    out.accept("done");
    return ok;
  }
}
