package io.livecoins.payment;

/**
 * The host's input for a {@link PaymentProvider}: a card the user typed, a PayPal account, an
 * Android {@code Activity} to launch Google Play's purchase sheet from, or nothing at all. The SDK
 * only hands it to the provider that pays ({@link PaymentRequest#method()}); it never reads, sends,
 * stores or logs it.
 *
 * <p>Implement it with your own type (a provider checks the type it expects in {@link
 * PaymentProvider#checkMethod(PaymentMethod)}), use {@link TestCard} for the {@link
 * SandboxPaymentProvider}, or {@link #none()} for providers that collect everything themselves.
 * Implementations must not put secrets into {@code toString()}.
 */
public interface PaymentMethod {
  /** {@return a method without content, for providers that need no input from the purchase call} */
  static PaymentMethod none() {
    return NoPaymentMethod.INSTANCE;
  }
}

