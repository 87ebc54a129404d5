/** Wallet: balance, history, balance listeners, and the creator's earnings and withdrawals. */
@NullMarked
package io.livecoins.wallet;

import org.jspecify.annotations.NullMarked;
