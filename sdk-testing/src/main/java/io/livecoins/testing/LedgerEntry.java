package io.livecoins.testing;

import java.time.Instant;

/**
 * One side of a ledger movement. Every movement of coins or diamonds is two entries with opposite
 * amounts in the same {@code transactionId}.
 *
 * @param sequence position in the ledger, from 1
 * @param transactionId the posting both sides belong to
 * @param account {@code user:<id>} or {@code system:<name>}
 * @param asset {@code COINS} or {@code DIAMONDS}
 * @param amount signed change of the account's balance
 * @param type RECHARGE, GIFT_SENT, GIFT_RECEIVED, WITHDRAWAL, REFUND or ADJUSTMENT
 * @param reference order, gift receipt or withdrawal id, or a note
 * @param idempotencyScope {@code <userId>/<Idempotency-Key>} of the request that committed it, or null
 * @param createdAt when it was committed
 */
public record LedgerEntry(long sequence, String transactionId, String account, String asset, long amount,
    String type, String reference, String idempotencyScope, Instant createdAt) {}
