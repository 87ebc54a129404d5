package io.livecoins.recharge;

import io.livecoins.Money;
import io.livecoins.internal.Strings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A purchase as a person reads it and quotes it to support: the {@linkplain #order() order}
 * (package, coins and bonus, price, provider, status, times), the payment provider's {@linkplain
 * #providerReference() reference} and LiveCoins' {@linkplain #supportReference() support
 * reference}. {@link #format(Locale)} renders it as text. From {@link RechargeApi#orders(OrderQuery)}
 * and {@link RechargeApi#receipt(String)}.
 *
 * <p>Holds no secret (no payment token, no card number). Immutable and thread-safe.
 */
public final class Receipt {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int MAX_REFERENCE = 128;

  private final Order order;
  private final @Nullable String providerReference;
  private final String supportReference;

  /**
   * Creates a receipt.
   *
   * @param providerReference the payment provider's reference of the payment, or null before a
   *     payment was handed over
   * @param supportReference the code to quote to support; the order id when the server gives none
   * @param order the order: package, coins and bonus, price, provider, region, status, failure
   *     reason, times
   * @throws NullPointerException if {@code order} or {@code supportReference} is null
   * @throws IllegalArgumentException if a reference is blank, longer than 128 characters or holds a
   *     control character
   */
  public Receipt(Order order, @Nullable String providerReference, String supportReference) {
    this.order = Objects.requireNonNull(order, "order == null");
    this.providerReference =
        providerReference == null ? null : checkReference(providerReference, "providerReference");
    this.supportReference = checkReference(supportReference, "supportReference");
  }

  private static String checkReference(String value, String name) {
    Strings.requireNonBlank(value, name);
    if (value.length() > MAX_REFERENCE) {
      throw new IllegalArgumentException(name + " is longer than " + MAX_REFERENCE + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(name + " holds a control character");
      }
    }
    return value;
  }

  /**
   * {@return the order: package, coins and bonus, price, provider, region, status, failure reason,
   * times}
   */
  public Order order() {
    return order;
  }

  /** {@return the order id} */
  public String orderId() {
    return order.id();
  }

  /** {@return the status of the purchase} */
  public OrderStatus status() {
    return order.status();
  }

  /** {@return the price paid (or to be paid)} */
  public Money price() {
    return order.price();
  }

  /** {@return coins plus bonus coins: what the purchase credits when completed} */
  public long totalCoins() {
    return order.totalCoins();
  }

  /**
   * {@return the payment provider's reference of the payment (a charge id, a PayPal capture id, a
   * Play order id): the provider's support finds the payment by it} Null before a payment was
   * handed over, or when the server does not say.
   */
  public @Nullable String providerReference() {
    return providerReference;
  }

  /**
   * {@return the code a person reads out or pastes to LiveCoins support for this purchase, such as
   * {@code LC-O-7H2M-X9CL}; the order id when the server gives none} Never null.
   */
  public String supportReference() {
    return supportReference;
  }

  /**
   * {@return the receipt as lines of text a person can read and quote, with the price formatted for
   * {@code locale} and times in UTC, for example:}
   *
   * <pre>
   * Receipt LC-O-7H2M-X9CL
   * Order:     ord_000001 (COMPLETED)
   * Package:   coins-700: 700 coins + 35 bonus = 735 coins
   * Price:     $9.99
   * Paid with: sandbox, reference sbx_ch_3K9D2M7Q
   * Created:   2026-11-25 10:00:00 UTC
   * Updated:   2026-11-25 10:00:03 UTC
   * </pre>
   *
   * @param locale the locale the price is formatted for, such as {@code Locale.US}
   * @throws NullPointerException if {@code locale} is null
   */
  public String format(Locale locale) {
    Objects.requireNonNull(locale, "locale == null");
    StringBuilder sb = new StringBuilder();
    sb.append("Receipt ").append(supportReference).append('\n');
    sb.append("Order:     ").append(order.id()).append(" (").append(order.status());
    if (order.failureReason() != null) sb.append(", ").append(order.failureReason());
    sb.append(")\n");
    sb.append("Package:   ").append(order.packageId()).append(": ").append(order.coins()).append(" coins");
    if (order.bonusCoins() > 0) {
      sb.append(" + ").append(order.bonusCoins()).append(" bonus = ").append(order.totalCoins()).append(" coins");
    }
    sb.append('\n');
    sb.append("Price:     ").append(order.price().format(locale)).append('\n');
    sb.append("Paid with: ").append(order.provider());
    if (providerReference != null) sb.append(", reference ").append(providerReference);
    sb.append('\n');
    sb.append("Created:   ").append(TIME.format(order.createdAt())).append('\n');
    sb.append("Updated:   ").append(TIME.format(order.updatedAt()));
    return sb.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Receipt)) return false;
    Receipt that = (Receipt) o;
    return order.equals(that.order)
        && Objects.equals(providerReference, that.providerReference)
        && supportReference.equals(that.supportReference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(order, providerReference, supportReference);
  }

  @Override
  public String toString() {
    return "Receipt{supportReference=" + supportReference + ", order=" + order
        + (providerReference == null ? "" : ", providerReference=" + providerReference) + '}';
  }

  /**
   * Convenience for {@link #order()}{@code .createdAt()}.
   *
   * @return when the order was created
   */
  public Instant createdAt() {
    return order.createdAt();
  }
}
