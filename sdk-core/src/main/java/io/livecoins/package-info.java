/**
 * The LiveCoins client: start with {@link io.livecoins.LiveCoins#builder()}.
 *
 * <p>This package holds the entry point and the types every caller touches: {@link
 * io.livecoins.Call}, {@link io.livecoins.Money}, the configuration SPIs. Errors are
 * in {@link io.livecoins.errors}.
 */
@NullMarked
package io.livecoins;

import org.jspecify.annotations.NullMarked;
