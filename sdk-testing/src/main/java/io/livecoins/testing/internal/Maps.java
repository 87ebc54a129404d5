package io.livecoins.testing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered, mutable map literals for JSON bodies. */
public final class Maps {
  private Maps() {}

  /** {@code of("a", 1, "b", 2)} keeps the given order. */
  public static Map<String, Object> of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("odd number of arguments");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  public static Map<String, Object> money(long amountMinor, String currency) {
    return of("amountMinor", amountMinor, "currency", currency);
  }
}
