/**
 * Every way a LiveCoins call fails: {@link io.livecoins.errors.LiveCoinsException} and its typed
 * subclasses, each saying whether money may have moved ({@link io.livecoins.errors.Effect}).
 */
@NullMarked
package io.livecoins.errors;

import org.jspecify.annotations.NullMarked;
