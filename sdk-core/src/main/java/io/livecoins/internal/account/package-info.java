/** The account API's implementation and its short-lived cache. Not API. */
@NullMarked
package io.livecoins.internal.account;

import org.jspecify.annotations.NullMarked;
