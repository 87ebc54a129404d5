package io.livecoins.payment;

/** Pays for recharge orders. */
public interface PaymentProvider {
  /** The provider id used on the wire, such as {@code "sandbox"}. */
  String id();
}
