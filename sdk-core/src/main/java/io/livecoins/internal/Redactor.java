package io.livecoins.internal;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jspecify.annotations.Nullable;

/**
 * Removes secrets from text before it reaches a log or an exception message: bearer tokens and
 * {@code Authorization} values, payment tokens, secret keys, the query and fragment of URLs and
 * anything that looks like a card number. Used on every logged header and body, and on every text a
 * server or a payment provider sends that an exception carries ({@link #serverText}).
 */
public final class Redactor {
  /** What replaces a secret. */
  public static final String MASK = "██";

  /** The longest server-provided message an exception keeps, in characters. */
  public static final int MAX_SERVER_TEXT = 500;

  /** The longest message of the SDK's own an exception keeps, in characters. */
  public static final int MAX_CLIENT_TEXT = 1_000;

  /** The longest identifier (request id, support reference) an exception keeps. */
  public static final int MAX_IDENTIFIER = 128;

  // Regexes run on at most this many characters of hostile text.
  private static final int MAX_SCANNED = 8_192;

  // A JSON string field whose name says it holds a secret.
  private static final Pattern SECRET_FIELD =
      Pattern.compile(
          "(\"(?:paymentToken|token|accessToken|refreshToken|idToken|authorization|apiKey|secret|secretKey|clientSecret|password|cardNumber|number|cvc|cvv|pan)\"\\s*:\\s*\")"
              + "((?:[^\"\\\\]|\\\\.)*)(\")",
          Pattern.CASE_INSENSITIVE);
  // name=value or name: value in plain text (query strings, headers quoted in prose).
  private static final Pattern SECRET_ASSIGNMENT =
      Pattern.compile(
          "(\\b(?:payment[_-]?token|access[_-]?token|refresh[_-]?token|id[_-]?token|token|api[_-]?key|"
              + "secret(?:[_-]?key)?|client[_-]?secret|password|passwd|cvc|cvv)\\s*[:=]\\s*['\"]?)"
              + "(?!" + "██" + ")[^\\s'\",;&]+",
          Pattern.CASE_INSENSITIVE);
  // The value of an Authorization header, whatever its scheme.
  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "(Authorization\\s*[:=]\\s*)(?:(?:Bearer|Basic|Token|Digest)\\s+)?(?!" + "██" + ")[^\\s\",;]+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BEARER =
      Pattern.compile("(Bearer\\s+)[^\\s\",]+", Pattern.CASE_INSENSITIVE);
  // 13 to 19 digits, optionally grouped by single spaces or dashes (no-break spaces and en dashes
  // too, as localized text writes them): the shape of a card number; not glued to a word or a path
  // (a temp directory's random number, an id's digits).
  private static final Pattern CARD_NUMBER =
      Pattern.compile("(?<![0-9A-Za-z_/.-])(?:[0-9][ \u00a0\u2007\u202f\u2013-]?){12,18}[0-9](?![0-9])");
  // The query and fragment of an http(s) URL, JSON-escaped slashes too: a signed CDN URL's
  // signature, a hosted checkout link's key. A query already shown as "?…" or masked is left.
  private static final Pattern URL_QUERY =
      Pattern.compile("(\\bhttps?:(?:\\\\?/){2}[^\\s\"'<>?#]*)[?#](?!…|" + "██" + ")[^\\s\"'<>]*",
          Pattern.CASE_INSENSITIVE);
  // Sandbox payment tokens: sbx1.<order>.<outcome>.<nonce>.
  private static final Pattern SANDBOX_TOKEN = Pattern.compile("sbx1\\.[A-Za-z0-9._-]+");
  // Secret keys with a well-known prefix (sk_live_…, rk_test_…, whsec_…) and JSON web tokens.
  private static final Pattern SECRET_KEY =
      Pattern.compile(
          "\\b(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{6,}|whsec_[A-Za-z0-9]{6,}|"
              + "eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*)");
  // A long opaque run of letters and digits (an API key, an access token): server text only.
  private static final Pattern OPAQUE_TOKEN = Pattern.compile("[A-Za-z0-9_+=.-]{20,}");
  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Redactor() {}

  /**
   * Returns {@code text} with every secret replaced by {@link #MASK}, and control and
   * bidirectional-override characters by spaces (a logged server text cannot forge a log line).
   */
  public static String redact(String text) {
    String result = replace(URL_QUERY, stripControls(text), "$1?" + MASK);
    result = replace(SECRET_FIELD, result, "$1" + MASK + "$3");
    result = replace(AUTHORIZATION, result, "$1" + MASK);
    result = replace(BEARER, result, "$1" + MASK);
    result = replace(SECRET_ASSIGNMENT, result, "$1" + MASK);
    result = replace(SANDBOX_TOKEN, result, MASK);
    result = replace(SECRET_KEY, result, MASK);
    return maskCardNumbers(result);
  }

  /**
   * Masks card-number-shaped digit runs, except inside a UUID with a hex letter (an idempotency key
   * or an order id: its last groups can look like a 15-digit run, but a UUID cannot hold a card
   * number's digits in card grouping).
   */
  private static String maskCardNumbers(String text) {
    Matcher card = CARD_NUMBER.matcher(text);
    if (!card.find()) return text;
    Matcher uuid = UUID.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      if (!insideUuid(uuid, card.start(), card.end())) {
        out.append(text, last, card.start()).append(MASK);
        last = card.end();
      }
    } while (card.find());
    out.append(text, last, text.length());
    return out.toString();
  }

  private static boolean insideUuid(Matcher uuid, int start, int end) {
    uuid.reset();
    while (uuid.find()) {
      if (uuid.start() <= start && end <= uuid.end() && hasHexLetter(uuid.group())) return true;
      if (uuid.start() > start) return false;
    }
    return false;
  }

  private static boolean hasHexLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (c >= 'a' && c <= 'f') return true;
    }
    return false;
  }

  /** Returns the log form of header {@code name}: secrets masked whole. */
  public static String headerValue(String name, String value) {
    if (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Cookie")) return MASK;
    return redact(value);
  }

  /**
   * Returns a text a server or payment provider sent, fit for an exception message: control and
   * bidirectional-override characters become spaces, every secret {@link #redact} knows is masked,
   * and so is any long opaque run of letters and digits (an access token or an API key; UUIDs are
   * kept), then the text is cut to {@link #MAX_SERVER_TEXT} characters.
   */
  public static String serverText(String text) {
    return serverText(text, MAX_SERVER_TEXT);
  }

  /**
   * Returns a message the SDK built itself (which may quote a host's exception), fit for an
   * exception message: control characters become spaces, every secret {@link #redact} knows is
   * masked, and the text is cut to {@link #MAX_CLIENT_TEXT} characters.
   */
  public static String clientText(String text) {
    String result = stripControls(text.length() > MAX_SCANNED ? text.substring(0, MAX_SCANNED) : text);
    return cut(redact(result), MAX_CLIENT_TEXT);
  }

  /** Like {@link #serverText(String)}, cut to {@code maxChars}. */
  public static String serverText(String text, int maxChars) {
    String result = stripControls(text.length() > MAX_SCANNED ? text.substring(0, MAX_SCANNED) : text);
    result = redact(result);
    result = maskOpaque(result);
    return cut(result, maxChars);
  }

  /**
   * Returns an identifier a server sent (a request id, a support reference), fit for an exception:
   * control characters stripped, secrets masked, at most {@link #MAX_IDENTIFIER} characters; null
   * for null or blank.
   */
  public static @Nullable String identifier(@Nullable String text) {
    if (text == null) return null;
    String cleaned = stripControls(text.length() > MAX_SCANNED ? text.substring(0, MAX_SCANNED) : text).trim();
    if (cleaned.isEmpty()) return null;
    return cut(redact(cleaned), MAX_IDENTIFIER);
  }

  /** Returns {@code text} with each occurrence of {@code secret} (4 characters or more) masked. */
  public static String without(String text, @Nullable String secret) {
    if (secret == null || secret.length() < 4 || text.indexOf(secret) < 0) return text;
    return text.replace(secret, MASK);
  }

  /**
   * Returns {@code failure}, or, when its message or a cause's quotes {@code secret}, a chain of
   * stand-ins that name each original type and keep its stack trace, with the secret masked: each an
   * {@link IOException} (or the same TLS refusal type) for an I/O failure, else an {@link
   * IllegalStateException}.
   */
  public static Throwable without(Throwable failure, @Nullable String secret) {
    return withoutSecret(failure, secret, 0);
  }

  private static @Nullable Throwable withoutSecret(
      @Nullable Throwable failure, @Nullable String secret, int depth) {
    if (failure == null || depth == 8) return null;
    Throwable inner = failure.getCause() == failure ? null : failure.getCause();
    Throwable cleanedInner = withoutSecret(inner, secret, depth + 1);
    String text = String.valueOf(failure);
    String cleaned = without(text, secret);
    if (cleaned.equals(text) && cleanedInner == inner) return failure;
    // Of the kind that decides how a failure is handled (I/O: retryable; a refused certificate: not).
    Throwable standIn = failure instanceof SSLHandshakeException ? new SSLHandshakeException(cleaned)
        : failure instanceof SSLPeerUnverifiedException ? new SSLPeerUnverifiedException(cleaned)
        : failure instanceof IOException ? new IOException(cleaned)
        : new IllegalStateException(cleaned);
    standIn.initCause(cleanedInner);
    standIn.setStackTrace(failure.getStackTrace());
    return standIn;
  }

  private static String maskOpaque(String text) {
    Matcher matcher = OPAQUE_TOKEN.matcher(text);
    if (!matcher.find()) return text;
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      String run = matcher.group();
      if (looksLikeSecret(run)) {
        out.append(text, last, matcher.start()).append(MASK);
        last = matcher.end();
      }
    } while (matcher.find());
    out.append(text, last, text.length());
    return out.toString();
  }

  /**
   * A run is a secret when one of its segments (split at {@code - _ .}) is 20 characters or more
   * and mixes letters and digits: random keys do, words, dates and slugs do not.
   */
  private static boolean looksLikeSecret(String run) {
    if (UUID.matcher(run).matches()) return false;
    int segmentLength = 0;
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i <= run.length(); i++) {
      char c = i < run.length() ? run.charAt(i) : '-';
      if (c == '-' || c == '_' || c == '.') {
        if (segmentLength >= 20 && letter && digit) return true;
        segmentLength = 0;
        letter = false;
        digit = false;
      } else {
        segmentLength++;
        if (c >= '0' && c <= '9') digit = true;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letter = true;
      }
    }
    return false;
  }

  private static String stripControls(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || (c >= 0x202a && c <= 0x202e)
              || (c >= 0x2066 && c <= 0x2069)
              || c == 0x2028
              || c == 0x2029;
      if (control && out == null) {
        out = new StringBuilder(text.length());
        out.append(text, 0, i);
      }
      if (out != null) out.append(control ? ' ' : c);
    }
    return out == null ? text : out.toString();
  }

  private static String cut(String text, int maxChars) {
    if (text.length() <= maxChars) return text;
    int end = maxChars;
    // Never split a surrogate pair.
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) end--;
    return text.substring(0, end) + "…";
  }

  private static String replace(Pattern pattern, String text, String replacement) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.replaceAll(replacement) : text;
  }
}
