package io.livecoins.testing.internal;

/** Serves one route. */
@FunctionalInterface
public interface Handler {
  /** Answers {@code call}; throws {@link ApiException} for contract errors. */
  ApiResponse handle(Call call);
}
