/**
 * The signed-in user's account: what they may do ({@link io.livecoins.account.Capability}, so an app
 * hides a button instead of failing a tap), the account's price region and currency, and the spending
 * limits that apply, with the user's own self-set limits. Start at {@link
 * io.livecoins.account.AccountApi} ({@code client.account()}).
 */
@NullMarked
package io.livecoins.account;

import org.jspecify.annotations.NullMarked;
