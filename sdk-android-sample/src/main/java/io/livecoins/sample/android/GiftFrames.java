package io.livecoins.sample.android;

import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import io.livecoins.gift.Gift;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.gift.GiftAsset;
import io.livecoins.gift.GiftAssetCache;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * What a gift looks like on this screen: picks the gift's first asset Android can show ({@link
 * #SUPPORTED}: {@code BitmapFactory} decodes PNG, GIF and WebP — the first frame of an animation),
 * gets its bytes from an {@link AssetSource}, checks them against the catalog's size and SHA-256,
 * decodes the frame off the main thread and hands it to the main thread. A gift with no supported
 * format (the universe has only a Lottie animation, and this sample bundles no Lottie player), or a
 * file that fails to load, gets a {@link Frame#placeholder() placeholder} instead.
 */
final class GiftFrames {
  /** The media types this screen shows. */
  static final Set<String> SUPPORTED =
      Collections.unmodifiableSet(new HashSet<>(Arrays.asList(GiftAsset.WEBP, GiftAsset.GIF, GiftAsset.PNG)));
  private static final int MAX_CACHED = 32;

  /**
   * Where asset bytes come from: {@link #cached} reads the client's on-disk {@code GiftAssetCache},
   * so a feed event's frame shows from the cache; tests may plug in anything.
   */
  interface AssetSource {
    /**
     * The asset's bytes.
     *
     * @throws IOException if they cannot be had
     */
    byte[] bytes(GiftAsset asset) throws IOException;
  }

  /** Receives a loaded frame on the main thread. */
  interface Target {
    void show(Frame frame);
  }

  /** A decoded frame, or a placeholder with the reason. */
  static final class Frame {
    final Bitmap bitmap;
    final GiftAsset asset;
    final String reason;

    private Frame(Bitmap bitmap, GiftAsset asset, String reason) {
      this.bitmap = bitmap;
      this.asset = asset;
      this.reason = reason;
    }

    boolean placeholder() {
      return bitmap == null;
    }
  }

  private final AssetSource source;
  private final Executor main;
  private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "gift-frames");
    t.setDaemon(true);
    return t;
  });
  // Decoded frames by checksum, most recently used last; main thread only.
  private final Map<String, Bitmap> decoded = new LinkedHashMap<String, Bitmap>(16, 0.75f, true) {
    @Override protected boolean removeEldestEntry(Map.Entry<String, Bitmap> eldest) {
      return size() > MAX_CACHED;
    }
  };

  GiftFrames(AssetSource source, Executor main) {
    this.source = source;
    this.main = main;
  }

  /**
   * Reads assets through the client's {@link GiftAssetCache}: the verified local file when it is
   * there (no network — what a feed event needs), else one download through the client's HTTP stack
   * (never with the user's token), verified and stored for the next time.
   */
  static AssetSource cached(Supplier<GiftAssetCache> cache) {
    return asset -> {
      GiftAssetCache assets = cache.get();
      try {
        Path file = assets.file(asset);
        if (file == null) file = assets.fetch(asset).execute();
        return Files.readAllBytes(file);
      } catch (MalformedResponseException e) {
        throw new IOException("checksum mismatch", e); // the cache refused the file: nothing stored
      } catch (LiveCoinsException e) {
        throw new IOException(e.getMessage(), e);
      }
    };
  }

  /** Reads exactly {@code size} bytes; a shorter or longer body is refused. */
  static byte[] readExactly(InputStream in, long size) throws IOException {
    if (size > 4 * 1024 * 1024) throw new IOException("asset too large for a frame: " + size + " bytes");
    byte[] bytes = new byte[(int) size];
    int read = 0;
    while (read < bytes.length) {
      int n = in.read(bytes, read, bytes.length - read);
      if (n < 0) throw new IOException("asset ended after " + read + " of " + size + " bytes");
      read += n;
    }
    if (in.read() >= 0) throw new IOException("asset longer than " + size + " bytes");
    return bytes;
  }

  /**
   * Loads the frame of {@code gift} and calls {@code target} on the main thread (at once, from the
   * memory cache or for a placeholder, when that is known without I/O). Call on the main thread.
   */
  void load(Gift gift, Target target) {
    GiftAsset asset = gift.animation(SUPPORTED);
    if (asset == null) {
      String types = gift.assets().isEmpty() ? "no animation" : gift.assets().get(0).mediaType();
      target.show(new Frame(null, null, types + " is not supported here"));
      return;
    }
    Bitmap cached = decoded.get(asset.sha256());
    if (cached != null) {
      target.show(new Frame(cached, asset, null));
      return;
    }
    try {
      background.execute(() -> {
        Frame frame = decode(asset);
        main.execute(() -> {
          if (frame.bitmap != null) decoded.put(asset.sha256(), frame.bitmap);
          target.show(frame);
        });
      });
    } catch (RejectedExecutionException e) {
      target.show(new Frame(null, asset, "closed"));
    }
  }

  private Frame decode(GiftAsset asset) {
    try {
      byte[] bytes = source.bytes(asset);
      if (bytes.length != asset.sizeBytes() || !sha256(bytes).equals(asset.sha256())) {
        return new Frame(null, asset, "checksum mismatch");
      }
      Bitmap bitmap = BitmapFactory.decodeByteArray(bytes, 0, bytes.length);
      return bitmap != null ? new Frame(bitmap, asset, null) : new Frame(null, asset, "undecodable");
    } catch (IOException | RuntimeException e) {
      if ("checksum mismatch".equals(e.getMessage())) return new Frame(null, asset, "checksum mismatch");
      return new Frame(null, asset, "not loaded: " + e.getMessage());
    }
  }

  static String sha256(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      StringBuilder hex = new StringBuilder(64);
      for (byte b : digest) hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Stops loading; frames still in flight are dropped. */
  void close() {
    background.shutdownNow();
  }
}
