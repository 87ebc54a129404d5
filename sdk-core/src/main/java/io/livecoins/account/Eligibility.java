package io.livecoins.account;

import io.livecoins.internal.Redactor;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether the user may use one {@link Capability}, and why not. Immutable value type.
 *
 * <p>The reason is the server's, such as {@code "age_restricted"}, {@code "region_unavailable"} or
 * {@code "not_creator"} (or a newer one): enough to pick the right explanation, or simply to hide the
 * control.
 */
public final class Eligibility {
  private final Capability capability;
  private final boolean allowed;
  private final @Nullable String reason;

  private Eligibility(Capability capability, boolean allowed, @Nullable String reason) {
    this.capability = Objects.requireNonNull(capability, "capability == null");
    this.allowed = allowed;
    this.reason = reason;
  }

  /**
   * The user may use {@code capability}.
   *
   * @param capability the capability
   * @return an allowing value
   * @throws NullPointerException if {@code capability} is null
   */
  public static Eligibility allowed(Capability capability) {
    return new Eligibility(capability, true, null);
  }

  /**
   * The user may not use {@code capability}.
   *
   * @param capability the capability
   * @param reason why not, such as {@code "age_restricted"} (cleaned and capped like an identifier), or
   *     null when unknown
   * @return a refusing value
   * @throws NullPointerException if {@code capability} is null
   */
  public static Eligibility refused(Capability capability, @Nullable String reason) {
    return new Eligibility(capability, false, reason == null ? null : Redactor.identifier(reason));
  }

  /** {@return the capability this is about} */
  public Capability capability() {
    return capability;
  }

  /** {@return whether the user may use the capability} */
  public boolean isAllowed() {
    return allowed;
  }

  /**
   * Why not.
   *
   * @return the server's reason when refused, such as {@code "age_restricted"}; null when allowed or
   *     unknown
   */
  public @Nullable String reason() {
    return reason;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Eligibility)) return false;
    Eligibility that = (Eligibility) o;
    return allowed == that.allowed && capability == that.capability && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(capability, allowed, reason);
  }

  @Override
  public String toString() {
    return "Eligibility{" + capability + (allowed ? ", allowed" : ", refused: " + reason) + '}';
  }
}
