package io.livecoins.payment;

/** The content-free {@link PaymentMethod}. */
final class NoPaymentMethod implements PaymentMethod {
  static final NoPaymentMethod INSTANCE = new NoPaymentMethod();

  private NoPaymentMethod() {}

  @Override
  public String toString() {
    return "PaymentMethod.none()";
  }
}
