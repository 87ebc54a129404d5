package io.livecoins.testing.internal;

import java.nio.charset.StandardCharsets;

/**
 * Short codes a person reads out or pastes to support: {@code LC-O-7H2M-X9CL} for an order, {@code
 * LC-E-...} for a failed request. Deterministic: the same id always gives the same code.
 */
public final class SupportReferences {
  // Crockford's base32: no I, L, O or U, so a code read over the phone is unambiguous.
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private SupportReferences() {}

  /** The support reference of an order. */
  public static String order(String orderId) {
    return "LC-O-" + code(orderId);
  }

  /** The support reference of a request that failed. */
  public static String request(String requestId) {
    return "LC-E-" + code(requestId);
  }

  /**
   * The payment provider's reference of an order's payment (a charge id, a PayPal capture id, a Play
   * order id), once a payment was handed over; null while the order awaits payment, after it expired
   * unpaid or when the payment was declined.
   */
  public static String provider(MockState.Order o) {
    switch (o.status) {
      case "AWAITING_PAYMENT":
      case "EXPIRED":
      case "FAILED":
        return null;
      default:
        break;
    }
    String code = code("payment:" + o.id).replace("-", "");
    switch (o.provider) {
      case "sandbox":
        return "sbx_ch_" + code;
      case "card":
        return "ch_" + code;
      case "paypal":
        return "PAYID-" + code;
      case "google_play":
        return "GPA." + code.substring(0, 4) + "-" + code.substring(4);
      default:
        return o.provider + "_" + code;
    }
  }

  private static String code(String id) {
    long h = 0xcbf29ce484222325L; // FNV-1a 64
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    StringBuilder sb = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        sb.append('-');
      }
      sb.append(ALPHABET[(int) (h >>> (59 - 5 * i)) & 31]);
    }
    return sb.toString();
  }
}
