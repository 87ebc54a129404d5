package io.livecoins.testing;

import java.time.Instant;

/**
 * A recharge order at one moment.
 *
 * @param id order id
 * @param userId owner
 * @param packageId the package bought
 * @param region region of the price
 * @param provider payment provider id
 * @param coins coins credited on completion (without bonus)
 * @param bonusCoins bonus coins credited on completion
 * @param priceMinor price in minor units
 * @param currency price currency
 * @param status AWAITING_PAYMENT, PENDING, COMPLETED, FAILED, EXPIRED or VOIDED
 * @param failureReason decline reason or {@code expired}, else null
 * @param credited whether the coins were credited (exactly when COMPLETED)
 * @param createdAt creation time
 * @param updatedAt last change
 * @param creditedLate whether a COMPLETED order was paid after it had expired and credited anyway
 * @param refundReference the void/refund reference of a VOIDED order, else null
 */
public record OrderSnapshot(String id, String userId, String packageId, String region, String provider,
    long coins, long bonusCoins, long priceMinor, String currency, String status, String failureReason,
    boolean credited, Instant createdAt, Instant updatedAt, boolean creditedLate,
    String refundReference) {}
