/** Hosted checkout internals: the checkout-session endpoints and the per-client binding. Not API. */
@NullMarked
package io.livecoins.internal.checkout;

import org.jspecify.annotations.NullMarked;
