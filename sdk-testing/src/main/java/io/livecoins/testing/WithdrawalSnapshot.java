package io.livecoins.testing;

import java.time.Instant;

/**
 * A creator's withdrawal at one moment.
 *
 * @param id withdrawal id
 * @param userId the creator
 * @param diamonds diamonds consumed
 * @param amountMinor payout in minor units
 * @param currency payout currency
 * @param payoutMethod {@code bank} or {@code paypal}
 * @param status PENDING, PAID or FAILED
 * @param failureReason why a FAILED payout failed ({@code payout_rejected}, {@code compliance_hold}), else null
 * @param createdAt creation time
 * @param updatedAt last status change
 */
public record WithdrawalSnapshot(String id, String userId, long diamonds, long amountMinor, String currency,
    String payoutMethod, String status, String failureReason, Instant createdAt, Instant updatedAt) {}
