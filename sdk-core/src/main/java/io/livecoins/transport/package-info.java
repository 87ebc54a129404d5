/**
 * The transport SPI: how the client's HTTP requests reach the server. {@link
 * io.livecoins.transport.OkHttpTransport} is the default; hosts with their own HTTP stack implement
 * {@link io.livecoins.transport.Transport}.
 */
@NullMarked
package io.livecoins.transport;

import org.jspecify.annotations.NullMarked;
