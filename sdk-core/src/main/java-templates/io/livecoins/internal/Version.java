package io.livecoins.internal;

/**
 * The SDK's version, sent in the {@code User-Agent}. Generated from the POM at build time
 * (sdk-core/src/main/java-templates, filtered by templating-maven-plugin): never edit a version here.
 */
public final class Version {
  /** This SDK's version: the Maven project version of sdk-core. */
  public static final String VERSION = "${project.version}";

  private Version() {}
}
