package io.livecoins.errors;

import io.livecoins.Money;
import io.livecoins.payment.DeclineReason;
import io.livecoins.recharge.CoinPackage;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One populated instance of every exception type of the package, built the new way. */
final class ErrorFixtures {
  private ErrorFixtures() {}

  static ErrorContext context(int status) {
    return ErrorContext.builder()
        .message("refused for a reason")
        .httpStatus(status)
        .requestId("req_123")
        .supportReference("SUP-42")
        .build();
  }

  static final CoinPackage SEVENTY =
      CoinPackage.builder().id("coins-70").region("US").coins(70).price(Money.of(99, "USD"))
          .providers(Arrays.asList("sandbox", "play")).build();

  static List<LiveCoinsException> everyType() {
    return Arrays.asList(
        new LiveCoinsException(context(418).withCode("teapot_refused"), null),
        new AuthenticationException(context(401).withEffect(Effect.UNKNOWN), null),
        new BelowMinimumWithdrawalException(context(422), 500),
        new CallCancelledException(Effect.UNKNOWN),
        new CoinDebtException(context(402), 60, 0, 1, SEVENTY),
        new ConflictException(context(409), "in_progress"),
        new ForbiddenException(context(403), "not_owner"),
        new AgeRestrictedException(context(403), io.livecoins.account.Capability.RECHARGE),
        new RegionUnavailableException(context(403), "KP"),
        new RegionMismatchException(context(403), "US", "JP"),
        new IdempotencyKeyReusedException(context(422)),
        new InsufficientCoinsException(context(402), 3, 20, 17, SEVENTY),
        new InsufficientDiamondsException(context(402), 10, 50, 40),
        new InvalidRequestException(context(400), "quantity", Arrays.asList("quantity must be 1..99")),
        new LimitExceededException(
            context(422), Money.of(100_000, "USD"), Money.of(250, "USD"), Instant.parse("2026-12-02T00:00:00Z")),
        new MalformedResponseException(context(200).withEffect(Effect.APPLIED), new IOException("truncated")),
        new NetworkException(
            ErrorContext.of("timed out", Effect.UNKNOWN), new SocketTimeoutException("read timed out")),
        new NotFoundException(context(404), "gift"),
        new PaymentCancelledException(ErrorContext.of("cancelled in the sheet", Effect.NOT_APPLIED), "ord_1"),
        new PaymentDeclinedException(context(402), DeclineReason.INSUFFICIENT_FUNDS, "ord_2"),
        new PaymentUncertainException(ErrorContext.of("provider unsure", Effect.UNKNOWN), "ord_3", null),
        new PriceChangedException(context(409), Money.of(99, "USD"), Money.of(129, "USD"), 5L, 7L),
        new RateLimitedException(context(429).toBuilder().retryAfter(Duration.ofSeconds(30)).build()),
        new ServerException(context(503).withEffect(Effect.UNKNOWN)));
  }
}
