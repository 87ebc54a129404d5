/** The wallet API's implementation and the client's wallet snapshot cache. Not API. */
@NullMarked
package io.livecoins.internal.wallet;

import org.jspecify.annotations.NullMarked;
