package io.livecoins.errors;

/**
 * HTTP 402 {@code insufficient_diamonds}: a withdrawal asked for more diamonds than are
 * withdrawable. Nothing changed.
 */
public final class InsufficientDiamondsException extends BalanceException {
  private static final long serialVersionUID = 2L;
  private final long balance;
  private final long required;
  private final long shortfall;

  /** Creates the exception. */
  public InsufficientDiamondsException(
      ErrorContext context, long balance, long required, long shortfall) {
    super("insufficient_diamonds", context, null);
    this.balance = balance;
    this.required = required;
    this.shortfall = shortfall;
  }

  /** Withdrawable diamonds when the request was refused. */
  public long balance() {
    return balance;
  }

  /** Diamonds the withdrawal needed. */
  public long required() {
    return required;
  }

  /** {@code required - balance}. */
  public long shortfall() {
    return shortfall;
  }
}
