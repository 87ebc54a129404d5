package io.livecoins.errors;

import org.jspecify.annotations.Nullable;

/**
 * HTTP 403 {@code forbidden} {@code region_unavailable}: LiveCoins is not offered in {@link #region()}
 * (usually the account's region). Nothing changed. Show "not available in your country" and hide coin
 * purchases and gifting.
 */
public final class RegionUnavailableException extends ForbiddenException {
  private static final long serialVersionUID = 1L;
  /** The region that is not served, or null when the server did not say. */
  private final @Nullable String region;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "forbidden"}
   * @param region the region that is not served (ISO 3166-1 alpha-2), or null when unknown; anything
   *     else than two capital letters is dropped
   */
  public RegionUnavailableException(ErrorContext context, @Nullable String region) {
    super("forbidden", context, "region_unavailable");
    this.region = RegionMismatchException.cleanRegion(region);
  }

  /**
   * The region that is not served.
   *
   * @return the region, such as {@code "KP"}; null when the server did not say
   */
  public @Nullable String region() {
    return region;
  }
}
