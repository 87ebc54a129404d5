/**
 * The LiveCoins client: start with {@link io.livecoins.LiveCoins#builder()}.
 *
 * <p>This package holds the entry point and the types every caller touches: {@link
 * io.livecoins.Call}, {@link io.livecoins.Money}, the configuration SPIs and the exception
 * hierarchy rooted at {@link io.livecoins.LiveCoinsException}.
 */
@NullMarked
package io.livecoins;

import org.jspecify.annotations.NullMarked;
