package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Helpers for mapping DTOs: required fields fail with the field's JSON path. Not API. */
public final class Wire {
  private Wire() {}

  /**
   * Returns {@code value}, or throws if the field was missing or null.
   *
   * @throws JsonDataException naming {@code path}
   */
  public static <T> T require(@Nullable T value, String path) {
    if (value == null) throw new JsonDataException("missing required field " + path);
    return value;
  }

  /**
   * Returns an unmodifiable copy of a required list with no null items.
   *
   * @throws JsonDataException naming {@code path} if the list or an item is null
   */
  public static <T> List<T> requireList(@Nullable List<@Nullable T> values, String path) {
    List<@Nullable T> list = require(values, path);
    List<T> copy = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      copy.add(require(list.get(i), path + "[" + i + "]"));
    }
    return Collections.unmodifiableList(copy);
  }
}
