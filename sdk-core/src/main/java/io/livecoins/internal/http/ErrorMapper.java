package io.livecoins.internal.http;

import io.livecoins.account.Capability;
import io.livecoins.account.LimitKind;
import io.livecoins.account.LimitSource;
import io.livecoins.account.SpendingLimit;
import io.livecoins.errors.AgeRestrictedException;
import io.livecoins.errors.AuthenticationException;
import io.livecoins.errors.BelowMinimumWithdrawalException;
import io.livecoins.errors.CoinDebtException;
import io.livecoins.errors.ConflictException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
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
import io.livecoins.errors.RegionMismatchException;
import io.livecoins.errors.RegionUnavailableException;
import io.livecoins.errors.ServerException;
import io.livecoins.internal.Redactor;
import io.livecoins.internal.json.ErrorEnvelope;
import io.livecoins.internal.json.JsonCodec;
import io.livecoins.payment.DeclineReason;
import io.livecoins.transport.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a non-2xx response into the typed exception for its error code. Everything the server
 * wrote (message, violations, reasons, request id, support reference) is redacted and capped by
 * {@link ErrorContext} before an exception carries it; the bearer token the request carried is
 * masked too, whatever form the server echoes it in.
 */
final class ErrorMapper {
  private final JsonCodec json;
  private final Clock clock;

  ErrorMapper(JsonCodec json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  /**
   * Maps {@code response}. {@code mutating} and {@code earlierAttemptAmbiguous} decide the effect
   * of answers that do not prove the operation was never applied (5xx, 429, 401); {@code sentToken}
   * (the bearer token the request carried, null for none) is masked wherever the server echoes it.
   */
  LiveCoinsException map(
      HttpResponse response,
      boolean mutating,
      boolean earlierAttemptAmbiguous,
      @Nullable String sentToken) {
    int status = response.code();
    String header = response.header("Request-Id");
    String requestId = header == null ? null : Redactor.without(header, sentToken);
    Effect ambiguous =
        mutating && earlierAttemptAmbiguous ? Effect.UNKNOWN : Effect.NOT_APPLIED;
    Effect serverFailure = mutating ? Effect.UNKNOWN : Effect.NOT_APPLIED;
    ErrorEnvelope.Body body = parse(response);
    if (body == null || body.code == null) {
      ErrorContext.Builder context =
          ErrorContext.builder().httpStatus(status).requestId(requestId);
      if (status >= 500) {
        return new ServerException(
            context.message("server error without a readable error body").effect(serverFailure).build());
      }
      // Refusals before processing: this answer changed nothing, an earlier cut-off attempt may have.
      if (status == 429) {
        return new RateLimitedException(
            context.message("rate limited").retryAfter(retryAfter(response, null)).effect(ambiguous).build());
      }
      if (status == 401) {
        return new AuthenticationException(context.message("unauthenticated").effect(ambiguous).build(), null);
      }
      return new MalformedResponseException(
          context.message("HTTP " + status + " without a readable error body").effect(ambiguous).build(),
          null);
    }
    if (body.requestId != null && requestId == null) {
      requestId = Redactor.without(body.requestId, sentToken);
    }
    String message = Redactor.without(body.message == null ? body.code : body.message, sentToken);
    ErrorEnvelope.Details d = body.details == null ? new ErrorEnvelope.Details() : body.details;
    ErrorContext.Builder builder =
        ErrorContext.builder()
            .code(
                Redactor.identifier(body.code) == null ? "unknown" : Redactor.without(body.code, sentToken))
            .serverMessage(message)
            .httpStatus(status)
            .requestId(requestId)
            .supportReference(
                body.supportReference == null ? null : Redactor.without(body.supportReference, sentToken));
    switch (body.code) {
      case "invalid_request":
        return new InvalidRequestException(
            builder.build(), echoed(d.field, sentToken), violations(d, sentToken));
      case "unauthenticated":
        return new AuthenticationException(builder.effect(ambiguous).build(), null);
      case "insufficient_coins":
        if (d.debt != null && d.debt > 0) {
          return new CoinDebtException(
              builder.build(), d.debt, orZero(d.balance), orZero(d.required), null);
        }
        return new InsufficientCoinsException(
            builder.build(), orZero(d.balance), orZero(d.required), orZero(d.shortfall), null);
      case "insufficient_diamonds":
        return new InsufficientDiamondsException(
            builder.build(), orZero(d.balance), orZero(d.required), orZero(d.shortfall));
      case "payment_declined":
        return new PaymentDeclinedException(
            builder.build(), DeclineReason.fromWireName(d.reason), echoed(d.orderId, sentToken));
      case "forbidden":
        return forbidden(builder.build(), d, sentToken);
      case "not_found":
        return new NotFoundException(builder.build(), echoed(d.resource, sentToken));
      case "conflict":
        boolean inProgress = "in_progress".equals(d.reason);
        return new ConflictException(
            builder.effect(inProgress && mutating ? Effect.UNKNOWN : Effect.NOT_APPLIED).build(),
            echoed(d.reason, sentToken));
      case "price_changed":
        return new PriceChangedException(
            builder.build(), d.expectedPrice, d.currentPrice, d.expectedCoinCost, d.currentCoinCost);
      case "limit_exceeded":
        return new LimitExceededException(builder.build(), exceeded(d));
      case "idempotency_key_reused":
        return new IdempotencyKeyReusedException(builder.build());
      case "below_minimum_withdrawal":
        return new BelowMinimumWithdrawalException(builder.build(), orZero(d.minimumDiamonds));
      case "rate_limited":
        return new RateLimitedException(
            builder.retryAfter(retryAfter(response, d.retryAfterSeconds)).effect(ambiguous).build());
      case "internal":
      case "unavailable":
        return new ServerException(builder.effect(serverFailure).build());
      default:
        // A code newer than this SDK: keep it, and judge the effect by the status alone.
        Effect effect = status >= 500 ? serverFailure : ambiguous;
        return new LiveCoinsException(builder.effect(effect).build(), null);
    }
  }

  /** The typed refusal for a {@code forbidden} reason; the generic type for other reasons. */
  private static ForbiddenException forbidden(
      ErrorContext context, ErrorEnvelope.Details d, @Nullable String sentToken) {
    String reason = d.reason == null ? "" : d.reason;
    switch (reason) {
      case "age_restricted":
        return new AgeRestrictedException(context, Capability.fromWireName(d.capability));
      case "region_unavailable":
        return new RegionUnavailableException(context, d.region);
      case "region_mismatch":
        return new RegionMismatchException(context, d.accountRegion, d.requestedRegion);
      default:
        return new ForbiddenException(context, echoed(d.reason, sentToken));
    }
  }

  /**
   * The limit a {@code limit_exceeded} names: no {@code limitKind} is the withdrawal cap of older
   * backends; negative coin counts (out of contract) are dropped rather than trusted.
   */
  private static SpendingLimit exceeded(ErrorEnvelope.Details d) {
    LimitKind kind =
        d.limitKind == null ? LimitKind.WITHDRAWAL_DAILY : LimitKind.fromWireName(d.limitKind);
    LimitSource setBy =
        d.setBy == null && d.limitKind == null ? LimitSource.BACKEND : LimitSource.fromWireName(d.setBy);
    return SpendingLimit.builder(kind, setBy)
        .limit(d.limit)
        .remaining(d.remaining)
        .limitCoins(nonNegative(d.limitCoins))
        .remainingCoins(nonNegative(d.remainingCoins))
        .resetsAt(instant(d.resetsAt))
        .build();
  }

  private static @Nullable Long nonNegative(@Nullable Long value) {
    return value == null || value < 0 ? null : value;
  }

  /** A detail the server wrote, with the bearer token the request carried masked. */
  private static @Nullable String echoed(@Nullable String text, @Nullable String sentToken) {
    return text == null ? null : Redactor.without(text, sentToken);
  }

  private static List<String> violations(ErrorEnvelope.Details details, @Nullable String sentToken) {
    if (details.violations == null) return Collections.emptyList();
    List<String> result = new ArrayList<>();
    for (String violation : details.violations) {
      if (violation != null) result.add(Redactor.without(violation, sentToken));
    }
    return result;
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

  /**
   * The wait a 429 asks for: {@code Retry-After} (seconds of any size or an HTTP-date, see {@link
   * RetryAfter}), else the details, else null.
   */
  @Nullable Duration retryAfter(HttpResponse response, @Nullable Long detailSeconds) {
    Duration header = RetryAfter.parse(response.header("Retry-After"), clock.instant());
    return header != null ? header : RetryAfter.ofDetailSeconds(detailSeconds);
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
