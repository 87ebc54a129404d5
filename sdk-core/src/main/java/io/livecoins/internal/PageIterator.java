package io.livecoins.internal;

import io.livecoins.Call;
import io.livecoins.Page;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.MalformedResponseException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Iterates a cursor-paged list, fetching each page lazily with a blocking call. A failed request
 * propagates from {@code hasNext()}/{@code next()} and leaves the iterator where it was, so calling
 * {@code hasNext()} again retries the same page; a server that answers a page with the cursor it was
 * asked for fails with {@link MalformedResponseException} instead of looping. Not thread-safe.
 *
 * @param <T> the item type
 */
public final class PageIterator<T> implements Iterator<T> {
  private final Function<@Nullable String, Call<Page<T>>> fetch;
  private final String what;
  private @Nullable Iterator<T> current;
  private @Nullable String nextCursor;
  private boolean lastPageFetched;

  /**
   * Creates an iterator that fetches the page after a cursor (null: the first page) with {@code fetch}.
   *
   * @param what names the list in errors, e.g. {@code "withdrawals"}
   */
  public PageIterator(Function<@Nullable String, Call<Page<T>>> fetch, String what) {
    this(fetch, what, null);
  }

  /** Like {@link #PageIterator(Function, String)}, starting after {@code startCursor} (null: the first page). */
  public PageIterator(
      Function<@Nullable String, Call<Page<T>>> fetch, String what, @Nullable String startCursor) {
    this.fetch = Objects.requireNonNull(fetch, "fetch == null");
    this.what = Objects.requireNonNull(what, "what == null");
    this.nextCursor = startCursor;
  }

  @Override
  public boolean hasNext() {
    while (current == null || !current.hasNext()) {
      if (lastPageFetched) return false;
      String cursor = nextCursor;
      // Blocking; a failure propagates and leaves the state unchanged, so hasNext() retries.
      Page<T> page = fetch.apply(cursor).execute();
      if (page.nextCursor() != null && page.nextCursor().equals(cursor)) {
        throw new MalformedResponseException(
            ErrorContext.builder()
                .message("the server answered a " + what + " page with the cursor it was asked for")
                .httpStatus(200)
                .build(),
            null);
      }
      current = page.items().iterator();
      nextCursor = page.nextCursor();
      lastPageFetched = nextCursor == null;
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) throw new NoSuchElementException();
    return Objects.requireNonNull(current).next();
  }
}
