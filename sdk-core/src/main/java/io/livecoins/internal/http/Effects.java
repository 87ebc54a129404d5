package io.livecoins.internal.http;

import io.livecoins.errors.Effect;

/**
 * The one place that decides what a failure means for the caller's money ({@link Effect}), from
 * whether the request mutates and what is known about the attempts so far. Not API.
 */
public final class Effects {
  private Effects() {}

  /**
   * A call (or stream) that failed before a definitive answer: {@link Effect#UNKNOWN} if it mutates
   * and an attempt may have reached the server ({@code ambiguous}), else {@link Effect#NOT_APPLIED}.
   */
  public static Effect ofFailure(boolean mutating, boolean ambiguous) {
    return mutating && ambiguous ? Effect.UNKNOWN : Effect.NOT_APPLIED;
  }

  /** A 2xx answer whose body could not be used: a mutation was applied, a read changed nothing. */
  public static Effect ofUnreadableSuccess(boolean mutating) {
    return mutating ? Effect.APPLIED : Effect.NOT_APPLIED;
  }

  /** A response of {@code status} whose body was too large to read. */
  public static Effect ofUnreadable(int status, boolean mutating, boolean ambiguous) {
    if (status >= 200 && status < 300) return ofUnreadableSuccess(mutating);
    return ofFailure(mutating, ambiguous || status >= 500);
  }

  /** Whether an answer of {@code status} leaves it open whether a mutation was applied. */
  static boolean isAmbiguousStatus(int status, boolean inProgress) {
    return status >= 500 || inProgress;
  }
}
