package io.livecoins.testing;

import io.livecoins.testing.internal.AssetHandler;
import io.livecoins.testing.internal.GiftAssets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The gift asset files the mock backend serves, and their faults on cue. Obtain it with {@link
 * LiveCoinsMockServer#assets()}.
 *
 * <p>The files are real, small images, animations and a sound bundled with {@code sdk-testing} (a PNG
 * still, an animated GIF and an animated WebP per reference gift, Lottie JSON for the top tier, a WAVE
 * chime). They are served at {@code GET /assets/gifts/{file}} without authentication (like a CDN), with
 * their exact {@code Content-Type} and {@code Content-Length}; the gift catalog and the feed events
 * describe them with the size and SHA-256 computed from the files when the server starts, so the two
 * always agree.
 *
 * <pre>{@code
 * server.assets().corruptNext(1);        // the next download fails its checksum
 * server.assets().truncateNext(1);       // the next download ends early
 * }</pre>
 *
 * <p>Thread-safe; faults apply to the next downloads ({@code GET}), in the order scheduled.
 */
public final class MockAssets {
  private final AssetHandler handler;

  MockAssets(AssetHandler handler) {
    this.handler = Objects.requireNonNull(handler);
  }

  /**
   * The next {@code n} downloads serve the file with one byte changed: the right length, the wrong
   * SHA-256.
   *
   * @param n how many downloads, not negative
   * @return these assets, for chaining
   */
  public MockAssets corruptNext(int n) {
    handler.schedule(new AssetHandler.Fault(AssetHandler.Kind.CORRUPT, 0, Duration.ZERO), check(n));
    return this;
  }

  /**
   * The next {@code n} downloads announce the whole file's {@code Content-Length}, send half of it
   * and close the connection.
   *
   * @param n how many downloads, not negative
   * @return these assets, for chaining
   */
  public MockAssets truncateNext(int n) {
    handler.schedule(new AssetHandler.Fault(AssetHandler.Kind.TRUNCATE, 0, Duration.ZERO), check(n));
    return this;
  }

  /**
   * The next {@code n} downloads send the file followed by {@code extraBytes} more bytes (a body longer
   * than the catalog's {@code sizeBytes}).
   *
   * @param n how many downloads, not negative
   * @param extraBytes how many bytes to append, from 1 to 16 MiB
   * @return these assets, for chaining
   */
  public MockAssets oversizeNext(int n, int extraBytes) {
    if (extraBytes < 1 || extraBytes > (16 << 20)) {
      throw new IllegalArgumentException("extraBytes must be 1..16 MiB: " + extraBytes);
    }
    handler.schedule(new AssetHandler.Fault(AssetHandler.Kind.OVERSIZE, extraBytes, Duration.ZERO), check(n));
    return this;
  }

  /**
   * The next {@code n} downloads drip: {@code bytesPerPeriod} bytes, then a pause of {@code period},
   * until the file is sent (as a slow network would).
   *
   * @param n how many downloads, not negative
   * @param bytesPerPeriod bytes sent between pauses, at least 1
   * @param period the pause, positive
   * @return these assets, for chaining
   */
  public MockAssets dripNext(int n, long bytesPerPeriod, Duration period) {
    Objects.requireNonNull(period, "period == null");
    if (bytesPerPeriod < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("bytesPerPeriod >= 1 and a positive period needed");
    }
    handler.schedule(new AssetHandler.Fault(AssetHandler.Kind.DRIP, bytesPerPeriod, period), check(n));
    return this;
  }

  /**
   * Removes the faults not applied yet.
   *
   * @return these assets, for chaining
   */
  public MockAssets clearFaults() {
    handler.clear();
    return this;
  }

  /** {@return the names of the bundled files, such as {@code "rose.webp"}} */
  public List<String> files() {
    return new ArrayList<>(GiftAssets.all().keySet());
  }

  /**
   * The bytes the server serves as {@code file} (without faults).
   *
   * @param file a bundled file name, such as {@code "rose.webp"}
   * @return a copy of the bytes
   * @throws IllegalArgumentException if no such file is bundled
   */
  public byte[] bytes(String file) {
    GiftAssets.Asset asset = GiftAssets.get(file);
    if (asset == null) {
      throw new IllegalArgumentException("no bundled asset " + file);
    }
    return asset.bytes().clone();
  }

  /**
   * The download requests received so far, oldest first, as {@code "<file> <status> <fault>"} plus
   * {@code " auth"} when the request carried an {@code Authorization} header (a client must never send
   * its token to an asset URL).
   *
   * @return the requests
   */
  public List<String> downloads() {
    List<String> out = new ArrayList<>();
    for (AssetHandler.Download d : handler.downloads()) {
      out.add(d.file() + " " + d.status() + " " + d.fault() + (d.authorization() ? " auth" : ""));
    }
    return out;
  }

  private static int check(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n < 0: " + n);
    }
    return n;
  }
}
