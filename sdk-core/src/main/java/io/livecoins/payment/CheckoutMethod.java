package io.livecoins.payment;

import io.livecoins.internal.Strings;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One payment method a hosted checkout page offers for the order's region, such as PayPal, an
 * e-wallet (OVO, GoPay, PayPay) or a bank transfer. Informational: the user picks on the page. Immutable.
 */
public final class CheckoutMethod {
  private final String id;
  private final String name;
  private final String kind;

  /**
   * Creates a method.
   *
   * @param id the method's id, such as {@code "paypal"} or {@code "ovo"}
   * @param name the name shown to the user, such as {@code "PayPal"}
   * @param kind the kind: {@code WALLET}, {@code EWALLET}, {@code BANK_TRANSFER}, {@code
   *     CARRIER_BILLING}, {@code CARD} (open set)
   * @throws IllegalArgumentException if an argument is blank
   * @throws NullPointerException if an argument is null
   */
  public CheckoutMethod(String id, String name, String kind) {
    this.id = Strings.requireNonBlank(id, "id");
    this.name = Strings.requireNonBlank(name, "name");
    this.kind = Strings.requireNonBlank(kind, "kind");
  }

  /** {@return the method's id, such as {@code "paypal"} or {@code "ovo"}} */
  public String id() {
    return id;
  }

  /** {@return the name shown to the user, such as {@code "PayPal"}} */
  public String name() {
    return name;
  }

  /**
   * {@return the kind: {@code WALLET}, {@code EWALLET}, {@code BANK_TRANSFER}, {@code
   * CARRIER_BILLING}, {@code CARD} (open set)}
   */
  public String kind() {
    return kind;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof CheckoutMethod)) return false;
    CheckoutMethod that = (CheckoutMethod) o;
    return id.equals(that.id) && name.equals(that.name) && kind.equals(that.kind);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, kind);
  }

  @Override
  public String toString() {
    return "CheckoutMethod{" + id + ", " + name + ", " + kind + '}';
  }
}
