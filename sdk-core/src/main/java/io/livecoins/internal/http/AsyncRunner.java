package io.livecoins.internal.http;

import io.livecoins.Call;
import io.livecoins.errors.CallCancelledException;
import io.livecoins.Callback;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.LiveCoinsException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Runs a call's body on the dispatcher and delivers exactly one outcome on the callback executor. */
final class AsyncRunner {
  private AsyncRunner() {}

  /**
   * Runs {@code body} on the dispatcher. {@code cancelledAfterSuccess} is asked, on the callback
   * executor, whether the call was cancelled meanwhile (non-null: report that instead of success).
   */
  static <T> void enqueue(
      ApiClient api,
      Call<T> call,
      boolean mutating,
      Supplier<T> body,
      Supplier<@Nullable CallCancelledException> cancelledAfterSuccess,
      Callback<T> callback) {
    api.dispatcher()
        .execute(
            () -> {
              T result;
              try {
                result = body.get();
              } catch (LiveCoinsException e) {
                api.callbackExecutor().execute(() -> callback.onFailure(call, e));
                return;
              } catch (RuntimeException e) {
                // A bug (ours, a host transport's or a host callback's): still report, never drop.
                LiveCoinsException wrapped =
                    new LiveCoinsException(
                        ErrorContext.builder()
                            .code("client_error")
                            .message(String.valueOf(e))
                            .effect(mutating ? Effect.UNKNOWN : Effect.NOT_APPLIED)
                            .build(),
                        e);
                api.callbackExecutor().execute(() -> callback.onFailure(call, wrapped));
                return;
              }
              api.callbackExecutor()
                  .execute(
                      () -> {
                        CallCancelledException cancelled = cancelledAfterSuccess.get();
                        if (cancelled != null) {
                          callback.onFailure(call, cancelled);
                        } else {
                          callback.onSuccess(call, result);
                        }
                      });
            });
  }
}
