/**
 * The payment-provider SPI: how a recharge is paid for (card processor, PayPal, Google Play
 * Billing, a regional wallet), and the built-in sandbox provider for tests.
 */
@NullMarked
package io.livecoins.payment;

import org.jspecify.annotations.NullMarked;
