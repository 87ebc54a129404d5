/** Recharge: the coin catalog, purchases, and recovery of interrupted purchases. */
@NullMarked
package io.livecoins.recharge;

import org.jspecify.annotations.NullMarked;
