/**
 * Wire DTOs: plain classes with public nullable fields, decoded and encoded by Moshi reflection,
 * each mapped to a validated public type by a {@code toX()} method that throws on missing or
 * invalid fields (so a bad response becomes a {@code MalformedResponseException}, never an NPE).
 * Not API.
 */
@NullMarked
package io.livecoins.internal.wire;

import org.jspecify.annotations.NullMarked;
