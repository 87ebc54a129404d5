/** Gifts: the gift catalog, sending gifts and combos, leaderboards and the live gift feed. */
@NullMarked
package io.livecoins.gift;

import org.jspecify.annotations.NullMarked;
