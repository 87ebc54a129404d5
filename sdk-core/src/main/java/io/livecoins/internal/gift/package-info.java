/** The gift API's implementation: catalog cache, send flow, combos and the live gift feed. */
@NullMarked
package io.livecoins.internal.gift;

import org.jspecify.annotations.NullMarked;
