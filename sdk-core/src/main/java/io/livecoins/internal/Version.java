package io.livecoins.internal;

/** The SDK's version, sent in the {@code User-Agent}. */
public final class Version {
  /** This SDK's version. */
  public static final String VERSION = "0.1.0";

  private Version() {}
}
