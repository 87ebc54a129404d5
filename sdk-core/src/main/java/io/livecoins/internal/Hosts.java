package io.livecoins.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The one rule for which hosts may be reached over cleartext {@code http}: loopback only (a mock
 * server in a test), unless the client was declared a sandbox. Shared by the base URL check and the
 * gift asset cache's URL check, so they cannot disagree. Never resolves a name. Not API.
 */
public final class Hosts {
  private Hosts() {}

  /**
   * Whether {@code host} (as {@link java.net.URI#getHost()} returns it, IPv6 in brackets or not) is
   * {@code localhost} or a literal loopback address. A name is never resolved: {@code
   * 127.0.0.1.nip.io} is not loopback.
   */
  public static boolean isLoopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) return true;
    // Only literal addresses: never resolve a name here.
    if (!h.matches("[0-9.]+") && !h.contains(":")) return false;
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
