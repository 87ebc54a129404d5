package io.livecoins.errors;

import io.livecoins.account.Capability;
import java.util.Objects;

/**
 * HTTP 403 {@code forbidden} {@code age_restricted}: the user (or, for {@link
 * Capability#RECEIVING_GIFTS}, the gift's recipient) is under the local age of majority for {@link
 * #capability()}. Nothing changed: no order, no payment, no debit. Show an explanation (not a retry) and
 * hide the control from then on ({@link io.livecoins.account.Account#may(Capability)}).
 */
public final class AgeRestrictedException extends ForbiddenException {
  private static final long serialVersionUID = 1L;
  /** What is restricted; {@link Capability#UNKNOWN} when the server did not say. */
  private final Capability capability;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "forbidden"}
   * @param capability what is restricted ({@link Capability#UNKNOWN} when the server did not say)
   * @throws NullPointerException if an argument is null
   */
  public AgeRestrictedException(ErrorContext context, Capability capability) {
    super("forbidden", context, "age_restricted");
    this.capability = Objects.requireNonNull(capability, "capability == null");
  }

  /**
   * What the age restriction covers.
   *
   * @return {@link Capability#GIFTING} (the sender), {@link Capability#RECEIVING_GIFTS} (the
   *     recipient), {@link Capability#RECHARGE}, {@link Capability#WITHDRAWAL}, or {@link
   *     Capability#UNKNOWN} when the server did not say
   */
  public Capability capability() {
    return capability;
  }
}
