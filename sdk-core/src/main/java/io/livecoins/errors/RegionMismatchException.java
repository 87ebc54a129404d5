package io.livecoins.errors;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 403 {@code forbidden} {@code region_mismatch}: the request named another price region than the
 * account's (a US account asked for JP prices or a JP order). Nothing was created. This is a programming
 * or configuration error rather than a user's: let the region follow the account (leave {@code
 * LiveCoins.Builder.region(...)} unset and call {@code packages()} / {@code catalog()} without a region),
 * or read {@link #accountRegion()} and reload the catalog of that region.
 */
public final class RegionMismatchException extends ForbiddenException {
  private static final long serialVersionUID = 1L;
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");
  /** The account's region; null when the server did not say. */
  private final @Nullable String accountRegion;
  /** The region the request named; null when the server did not say. */
  private final @Nullable String requestedRegion;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "forbidden"}
   * @param accountRegion the account's region, or null when unknown
   * @param requestedRegion the region the request named, or null when unknown; a region that is not two
   *     capital letters is dropped
   */
  public RegionMismatchException(
      ErrorContext context, @Nullable String accountRegion, @Nullable String requestedRegion) {
    super("forbidden", context, "region_mismatch");
    this.accountRegion = cleanRegion(accountRegion);
    this.requestedRegion = cleanRegion(requestedRegion);
  }

  /**
   * The account's price region: the one its catalogs and orders must use.
   *
   * @return the region, such as {@code "US"}; null when the server did not say
   */
  public @Nullable String accountRegion() {
    return accountRegion;
  }

  /**
   * The region the refused request named.
   *
   * @return the region, such as {@code "JP"}; null when the server did not say
   */
  public @Nullable String requestedRegion() {
    return requestedRegion;
  }

  static @Nullable String cleanRegion(@Nullable String region) {
    return region != null && REGION.matcher(region).matches() ? region : null;
  }
}
