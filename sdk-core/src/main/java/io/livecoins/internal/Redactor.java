package io.livecoins.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it reaches a log: bearer tokens, payment tokens and anything
 * that looks like a card number. Used on every logged header and body.
 */
public final class Redactor {
  /** What replaces a secret. */
  public static final String MASK = "██";

  // A JSON string field whose name says it holds a secret.
  private static final Pattern SECRET_FIELD =
      Pattern.compile(
          "(\"(?:paymentToken|token|accessToken|refreshToken|authorization|cardNumber|number|cvc|pan)\"\\s*:\\s*\")"
              + "((?:[^\"\\\\]|\\\\.)*)(\")",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BEARER =
      Pattern.compile("(Bearer\\s+)[^\\s\",]+", Pattern.CASE_INSENSITIVE);
  // 13 to 19 digits, optionally grouped by single spaces or dashes: the shape of a card number.
  private static final Pattern CARD_NUMBER = Pattern.compile("(?<![0-9])(?:[0-9][ -]?){12,18}[0-9](?![0-9])");
  // Sandbox payment tokens: sbx1.<order>.<outcome>.<nonce>.
  private static final Pattern SANDBOX_TOKEN = Pattern.compile("sbx1\\.[A-Za-z0-9._-]+");

  private Redactor() {}

  /** Returns {@code text} with every secret replaced by {@link #MASK}. */
  public static String redact(String text) {
    String result = replace(SECRET_FIELD, text, "$1" + MASK + "$3");
    result = replace(BEARER, result, "$1" + MASK);
    result = replace(SANDBOX_TOKEN, result, MASK);
    return replace(CARD_NUMBER, result, MASK);
  }

  /** Returns the log form of header {@code name}: secrets masked whole. */
  public static String headerValue(String name, String value) {
    if (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Cookie")) return MASK;
    return redact(value);
  }

  private static String replace(Pattern pattern, String text, String replacement) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.replaceAll(replacement) : text;
  }
}
