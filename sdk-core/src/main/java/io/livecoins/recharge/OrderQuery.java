package io.livecoins.recharge;

import io.livecoins.internal.Strings;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which orders {@link RechargeApi#orders(OrderQuery)} lists: the statuses to include (none named:
 * every status), the page size, and where to start (a {@link io.livecoins.Page#nextCursor()}).
 * Orders always come newest first.
 *
 * <pre>{@code
 * OrderQuery.all();                                              // every order, 50 per page
 * OrderQuery.all().withStatuses(OrderStatus.COMPLETED).withLimit(20);
 * OrderQuery.all().after(page.nextCursor());                     // the next page
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@code with…} method returns a new query.
 */
public final class OrderQuery {
  /** The page size of {@link #all()}. */
  public static final int DEFAULT_LIMIT = 50;

  /** The largest page size the server accepts. */
  public static final int MAX_LIMIT = 100;

  private static final OrderQuery ALL =
      new OrderQuery(Collections.<OrderStatus>emptySet(), DEFAULT_LIMIT, null);

  private final Set<OrderStatus> statuses;
  private final int limit;
  private final @Nullable String cursor;

  private OrderQuery(Set<OrderStatus> statuses, int limit, @Nullable String cursor) {
    this.statuses = statuses;
    this.limit = limit;
    this.cursor = cursor;
  }

  /**
   * {@return every order in every status, newest first, {@value #DEFAULT_LIMIT} per page, from the
   * first page}
   */
  public static OrderQuery all() {
    return ALL;
  }

  /**
   * {@return a copy that lists only orders in one of {@code statuses}}
   *
   * @param statuses the statuses listed; empty means every status
   * @throws IllegalArgumentException if {@code statuses} is empty or holds {@link OrderStatus#UNKNOWN}
   * @throws NullPointerException if {@code statuses} or one of them is null
   */
  public OrderQuery withStatuses(OrderStatus... statuses) {
    Objects.requireNonNull(statuses, "statuses == null");
    if (statuses.length == 0) {
      throw new IllegalArgumentException("name at least one status (all() lists every status)");
    }
    EnumSet<OrderStatus> set = EnumSet.noneOf(OrderStatus.class);
    for (OrderStatus status : statuses) {
      Objects.requireNonNull(status, "statuses contains null");
      if (status == OrderStatus.UNKNOWN) {
        throw new IllegalArgumentException("UNKNOWN is not a status the server can filter by");
      }
      set.add(status);
    }
    return new OrderQuery(Collections.unmodifiableSet(set), limit, cursor);
  }

  /**
   * {@return a copy with pages of {@code limit} orders}
   *
   * @param limit the page size
   * @throws IllegalArgumentException if {@code limit} is not 1 to {@value #MAX_LIMIT}
   */
  public OrderQuery withLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
    return new OrderQuery(statuses, limit, cursor);
  }

  /**
   * {@return a copy that starts after {@code cursor}, the {@link io.livecoins.Page#nextCursor()} of
   * a page of the same query; null starts from the first page}
   *
   * @param cursor where the listing starts, or null for the first page
   * @throws IllegalArgumentException if {@code cursor} is blank
   */
  public OrderQuery after(@Nullable String cursor) {
    if (cursor != null && Strings.isBlank(cursor)) {
      throw new IllegalArgumentException("cursor is blank (pass null for the first page)");
    }
    return new OrderQuery(statuses, limit, cursor);
  }

  /** {@return the statuses listed; empty means every status} Unmodifiable. */
  public Set<OrderStatus> statuses() {
    return statuses;
  }

  /** {@return the page size} */
  public int limit() {
    return limit;
  }

  /** {@return where the listing starts, or null for the first page} */
  public @Nullable String cursor() {
    return cursor;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof OrderQuery)) return false;
    OrderQuery that = (OrderQuery) o;
    return limit == that.limit && statuses.equals(that.statuses) && Objects.equals(cursor, that.cursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statuses, limit, cursor);
  }

  @Override
  public String toString() {
    return "OrderQuery{statuses=" + (statuses.isEmpty() ? "all" : statuses) + ", limit=" + limit
        + (cursor == null ? "" : ", cursor=" + cursor) + '}';
  }
}
