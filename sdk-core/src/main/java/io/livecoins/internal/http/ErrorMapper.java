package io.livecoins.internal.http;

import io.livecoins.errors.AuthenticationException;
import io.livecoins.errors.BelowMinimumWithdrawalException;
import io.livecoins.errors.CoinDebtException;
import io.livecoins.errors.ConflictException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.IdempotencyKeyReusedException;
import io.livecoins.errors.InsufficientCoinsException;
import io.livecoins.errors.InsufficientDiamondsException;
import io.livecoins.errors.InvalidRequestException;
import io.livecoins.errors.LimitExceededException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.errors.PriceChangedException;
import io.livecoins.errors.RateLimitedException;
import io.livecoins.errors.ServerException;
import io.livecoins.internal.json.ErrorEnvelope;
import io.livecoins.internal.json.JsonCodec;
import io.livecoins.payment.DeclineReason;
import io.livecoins.transport.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Turns a non-2xx response into the typed exception for its error code. */
final class ErrorMapper {
  private final JsonCodec json;

  ErrorMapper(JsonCodec json) {
    this.json = json;
  }

  /**
   * Maps {@code response}. {@code mutating} and {@code earlierAttemptAmbiguous} decide the effect
   * of answers that do not prove the operation was never applied (5xx, 429, 401).
   */
  LiveCoinsException map(HttpResponse response, boolean mutating, boolean earlierAttemptAmbiguous) {
    int status = response.code();
    String requestId = response.header("Request-Id");
    Effect ambiguous =
        mutating && earlierAttemptAmbiguous ? Effect.UNKNOWN : Effect.NOT_APPLIED;
    ErrorEnvelope.Body body = parse(response);
    if (body == null || body.code == null) {
      if (status >= 500) {
        return new ServerException(
            status == 500 ? "internal" : "unavailable",
            "server error without a readable error body",
            status,
            mutating ? Effect.UNKNOWN : Effect.NOT_APPLIED,
            requestId);
      }
      // Refusals before processing: this answer changed nothing, an earlier cut-off attempt may have.
      if (status == 429) {
        return new RateLimitedException("rate limited", retryAfter(response, null), requestId, ambiguous);
      }
      if (status == 401) return new AuthenticationException("unauthenticated", requestId, null, ambiguous);
      return new MalformedResponseException(
          "HTTP " + status + " without a readable error body", status, requestId, ambiguous, null);
    }
    if (body.requestId != null && requestId == null) requestId = body.requestId;
    String message = body.message == null ? body.code : body.message;
    ErrorEnvelope.Details d = body.details == null ? new ErrorEnvelope.Details() : body.details;
    switch (body.code) {
      case "invalid_request":
        return new InvalidRequestException(message, d.field, requestId);
      case "unauthenticated":
        return new AuthenticationException(message, requestId, null, ambiguous);
      case "insufficient_coins":
        if (d.debt != null && d.debt > 0) {
          return new CoinDebtException(message, d.debt, orZero(d.required), status, requestId);
        }
        return new InsufficientCoinsException(
            message, orZero(d.balance), orZero(d.required), orZero(d.shortfall), null, status, requestId);
      case "insufficient_diamonds":
        return new InsufficientDiamondsException(
            message, orZero(d.balance), orZero(d.required), orZero(d.shortfall), requestId);
      case "payment_declined":
        return new PaymentDeclinedException(
            message, DeclineReason.fromWireName(d.reason), d.orderId, status, requestId);
      case "forbidden":
        return new ForbiddenException(message, d.reason, requestId);
      case "not_found":
        return new NotFoundException(message, d.resource, requestId);
      case "conflict":
        boolean inProgress = "in_progress".equals(d.reason);
        return new ConflictException(
            message, d.reason, inProgress && mutating ? Effect.UNKNOWN : Effect.NOT_APPLIED, requestId);
      case "price_changed":
        return new PriceChangedException(
            message, d.expectedPrice, d.currentPrice, d.expectedCoinCost, d.currentCoinCost, requestId);
      case "limit_exceeded":
        return new LimitExceededException(message, d.limit, d.remaining, instant(d.resetsAt), requestId);
      case "idempotency_key_reused":
        return new IdempotencyKeyReusedException(message, requestId);
      case "below_minimum_withdrawal":
        return new BelowMinimumWithdrawalException(message, orZero(d.minimumDiamonds), requestId);
      case "rate_limited":
        return new RateLimitedException(
            message, retryAfter(response, d.retryAfterSeconds), requestId, ambiguous);
      case "internal":
      case "unavailable":
        return new ServerException(
            body.code, message, status, mutating ? Effect.UNKNOWN : Effect.NOT_APPLIED, requestId);
      default:
        // A code newer than this SDK: keep it, and judge the effect by the status alone.
        Effect effect = status >= 500 && mutating ? Effect.UNKNOWN : ambiguous;
        return new LiveCoinsException(body.code, message, status, requestId, effect, null);
    }
  }

  private ErrorEnvelope.@Nullable Body parse(HttpResponse response) {
    if (!ApiCall.isJson(response)) return null;
    try {
      ErrorEnvelope envelope = json.decode(response.body(), ErrorEnvelope.class);
      return envelope.error;
    } catch (Exception e) { // malformed error bodies are reported by status below
      return null;
    }
  }

  /** The wait a 429 asks for: {@code Retry-After} seconds, else the details, else null. */
  static @Nullable Duration retryAfter(HttpResponse response, @Nullable Long detailSeconds) {
    String header = response.header("Retry-After");
    if (header != null) {
      try {
        long seconds = Long.parseLong(header.trim());
        if (seconds >= 0 && seconds <= 86_400) return Duration.ofSeconds(seconds);
      } catch (NumberFormatException ignored) {
        // HTTP-date or garbage: fall through to the details or to plain backoff.
      }
    }
    if (detailSeconds != null && detailSeconds >= 0 && detailSeconds <= 86_400) {
      return Duration.ofSeconds(detailSeconds);
    }
    return null;
  }

  private static long orZero(@Nullable Long value) {
    return value == null || value < 0 ? 0 : value;
  }

  private static @Nullable Instant instant(@Nullable String text) {
    if (text == null) return null;
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
