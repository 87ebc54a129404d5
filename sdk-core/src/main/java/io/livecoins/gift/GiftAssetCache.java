package io.livecoins.gift;

import io.livecoins.Call;
import io.livecoins.LiveCoins;
import io.livecoins.internal.ClientAccess;
import io.livecoins.internal.assets.AssetDownloads;
import io.livecoins.internal.assets.AssetStore;
import io.livecoins.internal.http.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bounded on-disk cache of gift animations and sounds, so that a gift plays the moment its live
 * event arrives. Prefetch the catalog's assets ahead of time; in the feed listener, ask for the
 * local file, which never touches the network:
 *
 * <pre>{@code
 * GiftAssetCache assets = GiftAssetCache.builder(client, context.getCacheDir().toPath().resolve("gift-assets"))
 *     .maxBytes(32 * 1024 * 1024)
 *     .build();
 * assets.prefetch(catalogAssets).enqueue(callback);     // downloads what is missing
 *
 * // In GiftEventListener.onGift(...), on the callback executor:
 * Path file = assets.file(asset);                        // the verified local file, or null
 * if (file != null) play(file); else showPlaceholder();
 * }</pre>
 *
 * <p><b>Downloads go through the client</b>: its {@link io.livecoins.transport.Transport} (and so
 * its OkHttp client, pinning included), its dispatcher for {@code enqueue}, its callback executor,
 * its {@link io.livecoins.RetryPolicy} (network failures and HTTP 429/5xx are retried with its
 * backoff, within its per-call deadline) and its sleeper and clock. The bearer token is never sent
 * to an asset URL (they are CDN URLs): asset requests carry no {@code Authorization} header. Only
 * {@code https} URLs are fetched, except loopback hosts or a {@linkplain
 * LiveCoins.Builder#sandbox(boolean) sandbox} client, the client's own rule for its base URL.
 * Redirects are not followed. After {@link LiveCoins#close()} new calls throw {@link
 * IllegalStateException}, and a running prefetch stops before its next download; {@link
 * #file(GiftAsset)} keeps working.
 *
 * <p><b>Verified.</b> A body is streamed into a temporary file (never held in memory), hashed and
 * counted as it arrives: a body longer than the asset's declared {@link GiftAsset#sizeBytes()} is
 * cut off there, and a body of the wrong size or SHA-256 fails with {@link
 * io.livecoins.errors.MalformedResponseException}. Only a verified file becomes visible, by an
 * atomic rename to a name derived from its checksum; a failed or cancelled download leaves nothing.
 *
 * <p><b>Bounded.</b> The verified files stay under {@link Builder#maxBytes(long)}: after each
 * download the least recently used files (by last access through {@code file}, {@code fetch} or
 * {@code prefetch}) are deleted. An asset larger than the whole cache is refused with {@link
 * io.livecoins.errors.InvalidRequestException} before any request.
 *
 * <p><b>Shared safely.</b> Any number of instances, threads and processes may use one directory:
 * concurrent requests for one asset in a process download it once; processes may download it
 * twice but only ever rename identical verified bytes into place; eviction and clean-up hold a lock
 * file ({@code .livecoins-assets.lock}) in the directory. A download killed mid-way (a crash, a
 * SIGKILL) leaves only a temporary {@code .part} file, never visible as an asset; the first call
 * of the next instance on the directory deletes it. Give the cache a directory of its own: it
 * deletes no file it did not name, but eviction counts only its own.
 *
 * <p>Thread-safe.
 */
public final class GiftAssetCache {
  /** The default {@link Builder#maxBytes(long) cap}: 32 MiB. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  private final Path directory;
  private final long maxBytes;
  private final AssetStore store;
  private final AssetDownloads downloads;

  private GiftAssetCache(Builder builder) {
    this.directory = builder.directory;
    this.maxBytes = builder.maxBytes;
    ApiClient api = ClientAccess.get().api(builder.client);
    this.store = new AssetStore(directory, maxBytes, api.clock());
    this.downloads =
        new AssetDownloads(api, store, maxBytes, builder.client.isSandbox(), builder.client.userAgent());
  }

  /**
   * Starts a cache in {@code directory} whose downloads go through {@code client}.
   *
   * @param client the client whose transport, executors and retry policy downloads use
   * @param directory the cache's own directory, such as {@code
   *     context.getCacheDir().toPath().resolve("gift-assets")} on Android; created on first use
   * @return a builder; nothing is read or created until the first call
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code directory} has no file name (a root)
   */
  public static Builder builder(LiveCoins client, Path directory) {
    return new Builder(client, directory);
  }

  /** {@return the cache's directory (absolute)} */
  public Path directory() {
    return directory;
  }

  /** {@return the most bytes of verified files this cache keeps} */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The verified local file of {@code asset}, or null when it is not cached. Never opens the
   * network and never waits for a download or a lock: this is what a live-feed listener calls.
   * Marks the file as just used (its last-modified time), so eviction keeps it longest. Costs a
   * file-system stat and a timestamp update. Open the file promptly: a later download may evict it
   * (an open file stays readable on Android and Linux).
   *
   * @param asset the asset, from the gift catalog
   * @return the file, or null when it is not (or no longer) cached
   * @throws NullPointerException if {@code asset} is null
   */
  public @Nullable Path file(GiftAsset asset) {
    return downloads.file(asset);
  }

  /**
   * The local file of {@code asset}, downloaded (and verified) first when it is not cached. If
   * another call of this process is downloading it, this one waits for that download instead of
   * starting another. Fails with {@link io.livecoins.errors.MalformedResponseException} (wrong size
   * or checksum, a body longer than declared, an HTTP answer other than the file), {@link
   * io.livecoins.errors.InvalidRequestException} (a URL not allowed or an asset larger than the
   * cache: nothing sent), {@link io.livecoins.errors.NotFoundException} (HTTP 404 or 410), {@link
   * io.livecoins.errors.NetworkException} or {@link io.livecoins.errors.ServerException} after the
   * retries, or a {@link io.livecoins.errors.LiveCoinsException} with code {@code "storage_error"}
   * when the directory cannot be written. Nothing is stored on failure.
   *
   * @param asset the asset, from the gift catalog
   * @return the call; nothing is sent until it is executed or enqueued
   * @throws NullPointerException if {@code asset} is null
   * @throws IllegalStateException if the client was {@linkplain LiveCoins#close() closed}
   */
  public Call<Path> fetch(GiftAsset asset) {
    return downloads.fetch(asset);
  }

  /**
   * Makes every asset of {@code assets} local, downloading the missing ones one after another
   * (each with the client's retries), and reports what happened to each. One asset's failure does
   * not stop the others and does not fail the call: it is in {@link PrefetchResult#failed()}. The
   * call itself fails only when cancelled (or the client is closed meanwhile: {@link
   * io.livecoins.errors.CallCancelledException}). Prefetching more than {@link #maxBytes()} evicts
   * the earliest ones again: prefetch what the screen needs soonest.
   *
   * @param assets the assets, such as every animation of the catalog's gifts; repeats are fetched
   *     once
   * @return the call; nothing is sent until it is executed or enqueued
   * @throws NullPointerException if {@code assets} or one of its elements is null
   * @throws IllegalStateException if the client was {@linkplain LiveCoins#close() closed}
   */
  public Call<PrefetchResult> prefetch(Collection<GiftAsset> assets) {
    return downloads.prefetch(assets);
  }

  /**
   * The bytes the verified files in the directory take now (every instance's and process's). Reads
   * the directory: not for the main thread.
   *
   * @return the total size of the cached files, at most {@link #maxBytes()} once every download
   *     has committed
   * @throws UncheckedIOException if the directory cannot be listed
   */
  public long size() {
    try {
      return store.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  @Override
  public String toString() {
    return "GiftAssetCache{" + directory + ", maxBytes=" + maxBytes + '}';
  }

  /** Builds a {@link GiftAssetCache}. Not thread-safe. */
  public static final class Builder {
    private final LiveCoins client;
    private final Path directory;
    private long maxBytes = DEFAULT_MAX_BYTES;

    Builder(LiveCoins client, Path directory) {
      this.client = Objects.requireNonNull(client, "client == null");
      Objects.requireNonNull(directory, "directory == null");
      Path absolute = directory.toAbsolutePath().normalize();
      if (absolute.getFileName() == null) {
        throw new IllegalArgumentException("directory must not be a root: " + directory);
      }
      this.directory = absolute;
    }

    /**
     * The most bytes of verified files the cache keeps (default {@value
     * GiftAssetCache#DEFAULT_MAX_BYTES}); the least recently used are deleted beyond it.
     *
     * @param maxBytes the cap in bytes; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code maxBytes} is not positive
     */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes < 1) throw new IllegalArgumentException("maxBytes < 1: " + maxBytes);
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * {@return the cache} Reads nothing from disk yet: the directory is created, and dead
     * downloads are cleaned up, by the first {@code fetch} or {@code prefetch}.
     *
     * @throws IllegalStateException if the client was {@linkplain LiveCoins#close() closed}
     */
    public GiftAssetCache build() {
      if (client.isClosed()) throw new IllegalStateException("this LiveCoins client is closed");
      return new GiftAssetCache(this);
    }
  }
}
