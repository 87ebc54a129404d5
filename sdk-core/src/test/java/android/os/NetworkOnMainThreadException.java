package android.os;

/** A stand-in with the name of Android's exception, for tests on a plain JVM. */
public final class NetworkOnMainThreadException extends RuntimeException {
  private static final long serialVersionUID = 1L;
}
