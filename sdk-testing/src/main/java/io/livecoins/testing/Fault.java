package io.livecoins.testing;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One misbehaviour the mock server can apply to one request. Faults are scheduled through {@link Faults}.
 *
 * <p>Before processing (nothing happens, nothing is stored under the idempotency key): {@link #status},
 * {@link #rateLimited}, {@link #dropBeforeProcessing}. Around processing: {@link #delay} (the request is
 * in flight while the server waits). After commit (the real response is stored under the idempotency key,
 * so a retry with the same key gets the replay): {@link #dropAfterCommit}, {@link #malformedBody},
 * {@link #truncatedBody}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fault {
  /** The kinds of fault. */
  public enum Kind {
    /** No fault: the request is served normally (a placeholder in scripts). */
    NONE,
    /** Answer 500 {@code internal} or 502/503/504 {@code unavailable} without processing. */
    STATUS,
    /** Answer 429 {@code rate_limited} with {@code Retry-After} without processing. */
    RATE_LIMITED,
    /** Wait (through the {@link Sleeper}) after the request is accepted, then process it. */
    DELAY,
    /** Close the connection without processing the request. */
    DROP_BEFORE_PROCESSING,
    /** Process and commit, store the response for replay, then close the connection unanswered. */
    DROP_AFTER_COMMIT,
    /** Process and commit, then answer with the real status and an unparseable JSON body. */
    MALFORMED_BODY,
    /** Process and commit, then send half the body and close the connection. */
    TRUNCATED_BODY
  }

  private static final Fault NONE = new Fault(Kind.NONE, 0, 0, Duration.ZERO);

  private final Kind kind;
  private final int status;
  private final long retryAfterSeconds;
  private final Duration delay;

  private Fault(Kind kind, int status, long retryAfterSeconds, Duration delay) {
    this.kind = kind;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.delay = delay;
  }

  /** {@return the fault that does nothing: the request is processed normally} */
  public static Fault none() {
    return NONE;
  }

  /**
   * Answer {@code status} (500, 502, 503 or 504) with the contract's error body, without
   * processing.
   *
   * @param status the status to answer: 500, 502, 503 or 504
   * @return the fault
   */
  public static Fault status(int status) {
    if (status != 500 && status != 502 && status != 503 && status != 504) {
      throw new IllegalArgumentException("status must be 500, 502, 503 or 504: " + status);
    }
    return new Fault(Kind.STATUS, status, 0, Duration.ZERO);
  }

  /**
   * Answer 429 {@code rate_limited} with {@code Retry-After: retryAfterSeconds}, without
   * processing.
   *
   * @param retryAfterSeconds the {@code Retry-After} value in seconds; not negative
   * @return the fault
   */
  public static Fault rateLimited(long retryAfterSeconds) {
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("retryAfterSeconds < 0");
    }
    return new Fault(Kind.RATE_LIMITED, 429, retryAfterSeconds, Duration.ZERO);
  }

  /**
   * Wait {@code delay} through the server's {@link Sleeper} before processing.
   *
   * @param delay how long to wait; not negative
   * @return the fault
   */
  public static Fault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay == null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("negative delay");
    }
    return new Fault(Kind.DELAY, 0, 0, delay);
  }

  /**
   * Close the connection before the request is processed.
   *
   * @return the fault
   */
  public static Fault dropBeforeProcessing() {
    return new Fault(Kind.DROP_BEFORE_PROCESSING, 0, 0, Duration.ZERO);
  }

  /**
   * Commit the request, store its response for replay, then close the connection
   * ("charged, response lost").
   *
   * @return the fault
   */
  public static Fault dropAfterCommit() {
    return new Fault(Kind.DROP_AFTER_COMMIT, 0, 0, Duration.ZERO);
  }

  /**
   * Commit the request, then answer with a body that is not valid JSON.
   *
   * @return the fault
   */
  public static Fault malformedBody() {
    return new Fault(Kind.MALFORMED_BODY, 0, 0, Duration.ZERO);
  }

  /**
   * Commit the request, then send only the first half of the body and close the
   * connection.
   *
   * @return the fault
   */
  public static Fault truncatedBody() {
    return new Fault(Kind.TRUNCATED_BODY, 0, 0, Duration.ZERO);
  }

  /**
   * Parses the command-line form: {@code none}, {@code 500}, {@code 502}, {@code 503},
   * {@code 504}, {@code 429} or {@code 429:<seconds>}, {@code delay:<n>ms} or {@code delay:<n>s},
   * {@code drop-before}, {@code drop-after-commit}, {@code malformed}, {@code truncated}.
   *
   * @param text the fault as written on the command line, such as {@code "429:2"} or {@code
   *     "delay:300ms"}
   * @return the fault
   * @throws IllegalArgumentException if {@code text} is none of these
   */
  public static Fault parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      switch (t) {
        case "none": return none();
        case "500": case "502": case "503": case "504": return status(Integer.parseInt(t));
        case "429": return rateLimited(1);
        case "drop-before": return dropBeforeProcessing();
        case "drop-after-commit": return dropAfterCommit();
        case "malformed": return malformedBody();
        case "truncated": return truncatedBody();
        default: break;
      }
      if (t.startsWith("429:")) {
        return rateLimited(Long.parseLong(t.substring(4)));
      }
      if (t.startsWith("delay:") && t.endsWith("ms")) {
        return delay(Duration.ofMillis(Long.parseLong(t.substring(6, t.length() - 2))));
      }
      if (t.startsWith("delay:") && t.endsWith("s")) {
        return delay(Duration.ofSeconds(Long.parseLong(t.substring(6, t.length() - 1))));
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new IllegalArgumentException("unknown fault '" + text + "' (expected none, 500, 502, 503, 504, "
        + "429[:s], delay:<n>ms|s, drop-before, drop-after-commit, malformed, truncated)");
  }

  /** {@return what this fault does} */
  public Kind kind() {
    return kind;
  }

  /** {@return the HTTP status of a STATUS or RATE_LIMITED fault, else 0} */
  public int status() {
    return status;
  }

  /** {@return the {@code Retry-After} seconds of a RATE_LIMITED fault, else 0} */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** {@return the delay of a DELAY fault, else zero} */
  public Duration delay() {
    return delay;
  }

  /** {@return whether the request is processed (and may commit) despite this fault} */
  public boolean processes() {
    return kind != Kind.STATUS && kind != Kind.RATE_LIMITED && kind != Kind.DROP_BEFORE_PROCESSING;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fault f && f.kind == kind && f.status == status
        && f.retryAfterSeconds == retryAfterSeconds && f.delay.equals(delay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, status, retryAfterSeconds, delay);
  }

  @Override
  public String toString() {
    switch (kind) {
      case NONE: return "none";
      case STATUS: return Integer.toString(status);
      case RATE_LIMITED: return "429:" + retryAfterSeconds;
      case DELAY: return "delay:" + delay.toMillis() + "ms";
      case DROP_BEFORE_PROCESSING: return "drop-before";
      case DROP_AFTER_COMMIT: return "drop-after-commit";
      case MALFORMED_BODY: return "malformed";
      default: return "truncated";
    }
  }
}
