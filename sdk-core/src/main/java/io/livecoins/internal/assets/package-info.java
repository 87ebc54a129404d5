/** The gift asset cache's directory and downloads. Not API. */
@NullMarked
package io.livecoins.internal.assets;

import org.jspecify.annotations.NullMarked;
