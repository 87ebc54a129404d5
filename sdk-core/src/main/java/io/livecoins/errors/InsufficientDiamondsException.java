package io.livecoins.errors;

/**
 * HTTP 402 {@code insufficient_diamonds}: a withdrawal asked for more diamonds than are
 * withdrawable. Nothing changed.
 */
public final class InsufficientDiamondsException extends BalanceException {
  private static final long serialVersionUID = 2L;
  /** The withdrawable diamonds when the request was refused. */
  private final long balance;
  /** The diamonds the withdrawal asked for. */
  private final long required;
  /** The missing diamonds. */
  private final long shortfall;

  /**
   * Creates the exception.
   *
   * @param context the failure's context; its code becomes {@code "insufficient_diamonds"}
   * @param balance the withdrawable diamonds when the request was refused
   * @param required the diamonds the withdrawal asked for
   * @param shortfall the missing diamonds, normally {@code required - balance}
   */
  public InsufficientDiamondsException(
      ErrorContext context, long balance, long required, long shortfall) {
    super("insufficient_diamonds", context, null);
    this.balance = balance;
    this.required = required;
    this.shortfall = shortfall;
  }

  /**
   * The withdrawable balance the server saw when it refused the request.
   *
   * @return the withdrawable diamonds then
   */
  public long balance() {
    return balance;
  }

  /**
   * What the withdrawal asked for.
   *
   * @return the diamonds requested
   */
  public long required() {
    return required;
  }

  /**
   * How far the request exceeds the withdrawable balance.
   *
   * @return the missing diamonds, {@code required - balance}
   */
  public long shortfall() {
    return shortfall;
  }
}
