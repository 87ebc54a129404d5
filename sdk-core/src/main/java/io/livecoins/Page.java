package io.livecoins;

import io.livecoins.internal.Strings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a cursor-paginated list: its items (in the server's order) and the opaque cursor of
 * the next page, or null on the last page. Pass {@link #nextCursor()} back to the method that
 * returned this page to fetch the next one.
 *
 * <pre>{@code
 * Page<Transaction> page = client.wallet().transactions().execute();
 * while (page.hasMore()) {
 *   page = client.wallet().transactions(50, page.nextCursor()).execute();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe (as far as its items are).
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final @Nullable String nextCursor;

  /**
   * Creates a page.
   *
   * @param items the items; copied
   * @param nextCursor the cursor of the next page, or null if this is the last page
   * @throws NullPointerException if {@code items} or one of its items is null
   * @throws IllegalArgumentException if {@code nextCursor} is blank
   */
  public Page(List<T> items, @Nullable String nextCursor) {
    Objects.requireNonNull(items, "items == null");
    List<T> copy = new ArrayList<>(items.size());
    for (T item : items) copy.add(Objects.requireNonNull(item, "items contains null"));
    if (nextCursor != null && Strings.isBlank(nextCursor)) {
      throw new IllegalArgumentException("nextCursor is blank");
    }
    this.items = Collections.unmodifiableList(copy);
    this.nextCursor = nextCursor;
  }

  /**
   * The items of this page, in the server's order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<T> items() {
    return items;
  }

  /**
   * The opaque cursor of the next page.
   *
   * @return the cursor to pass back for the next page, or null if this is the last page
   */
  public @Nullable String nextCursor() {
    return nextCursor;
  }

  /**
   * Whether there is a next page.
   *
   * @return true if {@link #nextCursor()} is not null
   */
  public boolean hasMore() {
    return nextCursor != null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Page)) return false;
    Page<?> that = (Page<?>) o;
    return items.equals(that.items) && Objects.equals(nextCursor, that.nextCursor);
  }

  @Override
  public int hashCode() {
    return 31 * items.hashCode() + Objects.hashCode(nextCursor);
  }

  @Override
  public String toString() {
    return "Page{items=" + items + ", nextCursor=" + nextCursor + '}';
  }
}
