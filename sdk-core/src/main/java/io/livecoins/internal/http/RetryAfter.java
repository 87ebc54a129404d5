package io.livecoins.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Parses {@code Retry-After} (RFC 9110 §10.2.3): delay-seconds of any size, or an HTTP-date. A
 * negative, empty or garbage value is ignored (null: the caller falls back to its backoff). Not
 * API.
 */
public final class RetryAfter {
  /** Longer waits are clamped; a server asking for this much is asking for "not in this call". */
  static final long MAX_SECONDS = 100L * 365 * 24 * 3600;

  private RetryAfter() {}

  /**
   * The wait {@code header} asks for, measured from {@code now}; a date in the past is zero.
   *
   * @return the wait, at most {@link #MAX_SECONDS}, or null if {@code header} is null or invalid
   */
  public static @Nullable Duration parse(@Nullable String header, Instant now) {
    if (header == null) return null;
    String value = header.trim();
    if (value.isEmpty()) return null;
    if (isDigits(value)) {
      // Any size: more digits than a long holds is still "very long", not garbage.
      if (value.length() > 12) return Duration.ofSeconds(MAX_SECONDS);
      return Duration.ofSeconds(Math.min(Long.parseLong(value), MAX_SECONDS));
    }
    if (value.charAt(0) == '-' || value.charAt(0) == '+') return null; // negative: ignored
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      if (!at.isAfter(now)) return Duration.ZERO;
      long seconds = Duration.between(now, at).getSeconds();
      return seconds >= MAX_SECONDS ? Duration.ofSeconds(MAX_SECONDS) : Duration.between(now, at);
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }

  /** The wait from the envelope's {@code details.retryAfterSeconds}, or null if absent or negative. */
  public static @Nullable Duration ofDetailSeconds(@Nullable Long seconds) {
    if (seconds == null || seconds < 0) return null;
    return Duration.ofSeconds(Math.min(seconds, MAX_SECONDS));
  }

  private static boolean isDigits(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }
}
