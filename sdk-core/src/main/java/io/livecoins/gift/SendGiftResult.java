package io.livecoins.gift;

import io.livecoins.wallet.Wallet;
import java.util.Objects;

/** The outcome of a sent gift: the server's receipt and the sender's wallet after the debit. Immutable. */
public final class SendGiftResult {
  private final GiftReceipt receipt;
  private final Wallet wallet;

  /**
   * Creates a result.
   *
   * @param receipt the server's receipt of the gift: what was sent, to whom, for how many coins
   * @param wallet the sender's wallet right after the gift was paid
   * @throws NullPointerException if an argument is null
   */
  public SendGiftResult(GiftReceipt receipt, Wallet wallet) {
    this.receipt = Objects.requireNonNull(receipt, "receipt == null");
    this.wallet = Objects.requireNonNull(wallet, "wallet == null");
  }

  /** {@return the receipt} */
  public GiftReceipt receipt() {
    return receipt;
  }

  /** {@return the sender's wallet right after the gift was paid} */
  public Wallet wallet() {
    return wallet;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof SendGiftResult)) return false;
    SendGiftResult that = (SendGiftResult) o;
    return receipt.equals(that.receipt) && wallet.equals(that.wallet);
  }

  @Override
  public int hashCode() {
    return Objects.hash(receipt, wallet);
  }

  @Override
  public String toString() {
    return "SendGiftResult{receipt=" + receipt + ", wallet=" + wallet + '}';
  }
}
