package io.livecoins.testing.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Cursor pagination over newest-first lists: the cursor encodes the sequence of the last item served. */
final class Pages {
  private Pages() {}

  static <T> Map<String, Object> page(Call call, List<T> newestFirst, ToLongFunction<T> sequence,
      Function<T, Object> view) {
    int limit = call.queryInt("limit", 1, 100, 20);
    long before = Long.MAX_VALUE;
    String cursor = call.query("cursor");
    if (cursor != null) {
      try {
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        if (!decoded.startsWith("before:")) {
          throw new IllegalArgumentException("bad cursor");
        }
        before = Long.parseLong(decoded.substring(7));
      } catch (IllegalArgumentException e) {
        throw ApiException.invalid("cursor", "malformed", "Unknown cursor.");
      }
    }
    List<T> remaining = new ArrayList<>();
    for (T item : newestFirst) {
      if (sequence.applyAsLong(item) < before) {
        remaining.add(item);
      }
    }
    List<Object> items = new ArrayList<>();
    for (T item : remaining.subList(0, Math.min(limit, remaining.size()))) {
      items.add(view.apply(item));
    }
    String next = null;
    if (remaining.size() > limit) {
      long lastSeq = sequence.applyAsLong(remaining.get(limit - 1));
      next = Base64.getUrlEncoder().withoutPadding()
          .encodeToString(("before:" + lastSeq).getBytes(StandardCharsets.UTF_8));
    }
    return Maps.of("items", items, "nextCursor", next);
  }
}
