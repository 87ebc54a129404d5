package io.livecoins.gift;

import io.livecoins.errors.LiveCoinsException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link GiftAssetCache#prefetch(java.util.Collection)} did with each asset: downloaded it,
 * found it already cached, or failed (with the typed reason). Every asset asked for appears in
 * exactly one of the three (a repeated asset once). Immutable.
 */
public final class PrefetchResult {
  private final List<GiftAsset> downloaded;
  private final List<GiftAsset> alreadyCached;
  private final Map<GiftAsset, LiveCoinsException> failed;

  /**
   * Creates a result.
   *
   * @param downloaded the assets downloaded and verified by this prefetch (or by a concurrent one
   *     in this process that it waited for), in request order
   * @param alreadyCached the assets that were already in the cache, in request order
   * @param failed the assets that could not be cached, each with its typed failure, in request order
   * @throws NullPointerException if an argument, an element, a key or a value is null
   */
  public PrefetchResult(
      List<GiftAsset> downloaded,
      List<GiftAsset> alreadyCached,
      Map<GiftAsset, LiveCoinsException> failed) {
    this.downloaded = copy(downloaded, "downloaded");
    this.alreadyCached = copy(alreadyCached, "alreadyCached");
    Objects.requireNonNull(failed, "failed == null");
    Map<GiftAsset, LiveCoinsException> map = new LinkedHashMap<>();
    for (Map.Entry<GiftAsset, LiveCoinsException> entry : failed.entrySet()) {
      map.put(
          Objects.requireNonNull(entry.getKey(), "failed has a null asset"),
          Objects.requireNonNull(entry.getValue(), "failed has a null exception"));
    }
    this.failed = Collections.unmodifiableMap(map);
  }

  private static List<GiftAsset> copy(List<GiftAsset> list, String name) {
    Objects.requireNonNull(list, name + " == null");
    List<GiftAsset> result = new ArrayList<>(list.size());
    for (GiftAsset asset : list) result.add(Objects.requireNonNull(asset, name + " contains null"));
    return Collections.unmodifiableList(result);
  }

  /** {@return the assets this prefetch downloaded and verified, in request order} */
  public List<GiftAsset> downloaded() {
    return downloaded;
  }

  /** {@return the assets that were already cached, in request order} */
  public List<GiftAsset> alreadyCached() {
    return alreadyCached;
  }

  /**
   * {@return the assets that could not be cached, each with why} Such as {@link
   * io.livecoins.errors.MalformedResponseException} (checksum or size mismatch), {@link
   * io.livecoins.errors.InvalidRequestException} (a URL not allowed, an asset larger than the
   * cache), {@link io.livecoins.errors.NetworkException} or {@link
   * io.livecoins.errors.NotFoundException}, after the client's retries.
   */
  public Map<GiftAsset, LiveCoinsException> failed() {
    return failed;
  }

  /** {@return whether every asset is now cached (nothing failed)} */
  public boolean isComplete() {
    return failed.isEmpty();
  }

  /** {@return the bytes this prefetch downloaded (saturated at {@code Long.MAX_VALUE})} */
  public long downloadedBytes() {
    long total = 0;
    for (GiftAsset asset : downloaded) {
      if (asset.sizeBytes() > Long.MAX_VALUE - total) return Long.MAX_VALUE; // saturates, never wraps
      total += asset.sizeBytes();
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof PrefetchResult)) return false;
    PrefetchResult that = (PrefetchResult) o;
    return downloaded.equals(that.downloaded)
        && alreadyCached.equals(that.alreadyCached)
        && failed.equals(that.failed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(downloaded, alreadyCached, failed);
  }

  @Override
  public String toString() {
    StringBuilder failures = new StringBuilder();
    for (Map.Entry<GiftAsset, LiveCoinsException> entry : failed.entrySet()) {
      if (failures.length() > 0) failures.append(", ");
      failures.append(entry.getKey().sha256(), 0, 12).append("…=").append(entry.getValue().code());
    }
    return "PrefetchResult{downloaded=" + downloaded.size() + ", alreadyCached=" + alreadyCached.size()
        + ", failed=" + failed.size() + (failures.length() > 0 ? " [" + failures + "]" : "") + '}';
  }
}
