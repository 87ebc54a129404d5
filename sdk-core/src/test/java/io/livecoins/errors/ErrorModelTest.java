package io.livecoins.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.Test;

/** The grouped hierarchy, the one context value, the one retry classifier. */
final class ErrorModelTest {
  @Test
  void everyTypeBelongsToTheGroupUsersHandleItBy() {
    Map<String, LiveCoinsException> byName =
        ErrorFixtures.everyType().stream()
            .collect(Collectors.toMap(e -> e.getClass().getSimpleName(), Function.identity()));

    assertThat(byName.get("PaymentDeclinedException")).isInstanceOf(PaymentException.class);
    assertThat(byName.get("PaymentCancelledException")).isInstanceOf(PaymentException.class);
    assertThat(byName.get("PaymentUncertainException")).isInstanceOf(PaymentException.class);
    assertThat(byName.get("PriceChangedException")).isInstanceOf(PaymentException.class);

    assertThat(byName.get("InsufficientCoinsException")).isInstanceOf(BalanceException.class);
    assertThat(byName.get("InsufficientDiamondsException")).isInstanceOf(BalanceException.class);
    assertThat(byName.get("BelowMinimumWithdrawalException")).isInstanceOf(BalanceException.class);
    assertThat(byName.get("LimitExceededException")).isInstanceOf(BalanceException.class);
    assertThat(byName.get("CoinDebtException")).isInstanceOf(InsufficientCoinsException.class);

    assertThat(byName.get("NetworkException")).isInstanceOf(ServiceException.class);
    assertThat(byName.get("ServerException")).isInstanceOf(ServiceException.class);
    assertThat(byName.get("RateLimitedException")).isInstanceOf(ServiceException.class);
    assertThat(byName.get("MalformedResponseException")).isInstanceOf(ServiceException.class);
    assertThat(byName.get("AuthenticationException")).isInstanceOf(ServiceException.class);

    assertThat(byName.get("InvalidRequestException")).isInstanceOf(RequestException.class);
    assertThat(byName.get("NotFoundException")).isInstanceOf(RequestException.class);
    assertThat(byName.get("ConflictException")).isInstanceOf(RequestException.class);
    assertThat(byName.get("ForbiddenException")).isInstanceOf(RequestException.class);
    assertThat(byName.get("IdempotencyKeyReusedException")).isInstanceOf(RequestException.class);

    int grouped = 0;
    for (LiveCoinsException e : byName.values()) {
      int groups = (e instanceof PaymentException ? 1 : 0) + (e instanceof BalanceException ? 1 : 0)
          + (e instanceof ServiceException ? 1 : 0) + (e instanceof RequestException ? 1 : 0);
      assertThat(groups).as(e.getClass().getSimpleName()).isLessThanOrEqualTo(1);
      grouped += groups;
    }
    // Only CallCancelledException and the plain unknown-code LiveCoinsException stand outside a group.
    assertThat(grouped).isEqualTo(byName.size() - 2);
  }

  @Test
  void eachTypeSetsItsOwnCodeWhateverTheContextSays() {
    ErrorContext foreign = ErrorFixtures.context(404).withCode("conflict");
    assertThat(new NotFoundException(foreign, "gift").code()).isEqualTo("not_found");
    assertThat(new NotFoundException(foreign, "gift").context().code()).isEqualTo("not_found");
    assertThat(new ServerException(ErrorContext.builder().httpStatus(500).build()).code()).isEqualTo("internal");
    assertThat(new ServerException(ErrorContext.builder().httpStatus(503).build()).code()).isEqualTo("unavailable");
    assertThatThrownBy(() -> new LiveCoinsException(ErrorFixtures.context(400), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code");
  }

  @Test
  void theSupportReferenceIsTheBackendsElseTheRequestId() {
    assertThat(ErrorFixtures.context(400).supportReference()).isEqualTo("SUP-42");
    ErrorContext withoutReference = ErrorContext.builder().requestId("req_9").build();
    assertThat(withoutReference.supportReference()).isEqualTo("req_9");
    assertThat(ErrorContext.of("offline", Effect.NOT_APPLIED).supportReference()).isNull();

    LiveCoinsException e = new NotFoundException(ErrorFixtures.context(404), "gift");
    assertThat(e.supportReference()).isEqualTo("SUP-42");
    assertThat(e.getMessage())
        .isEqualTo("not_found (HTTP 404): refused for a reason [request-id req_123] [support-ref SUP-42]");
  }

  @Test
  void theContextIsAValue() {
    ErrorContext a = ErrorFixtures.context(429).toBuilder().retryAfter(Duration.ofSeconds(5)).build();
    ErrorContext b = ErrorFixtures.context(429).toBuilder().retryAfter(Duration.ofSeconds(5)).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.withEffect(Effect.UNKNOWN)).isNotEqualTo(a);
    assertThat(a.withEffect(Effect.UNKNOWN).effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(a.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(a.toString()).contains("req_123").contains("SUP-42").contains("PT5S");
    assertThatThrownBy(() -> ErrorContext.builder().retryAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ErrorContext.builder().httpStatus(42)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isRetryableIsTheOneClassifier() {
    // Network: I/O failures retry, a refused certificate and a transport's programming error do not.
    assertThat(network(new SocketTimeoutException("read")).isRetryable()).isTrue();
    assertThat(network(new ConnectException("refused")).isRetryable()).isTrue();
    assertThat(network(new SSLHandshakeException("untrusted")).isRetryable()).isFalse();
    assertThat(network(new SSLPeerUnverifiedException("pin")).isRetryable()).isFalse();
    assertThat(network(new SSLHandshakeException("untrusted")).isTlsRefusal()).isTrue();
    assertThat(network(new IllegalArgumentException("bad header")).isRetryable()).isFalse();

    // By status: 429, 502, 503, 504 yes; 500 no.
    assertThat(new RateLimitedException(ErrorFixtures.context(429)).isRetryable()).isTrue();
    assertThat(server(500).isRetryable()).isFalse();
    assertThat(server(502).isRetryable()).isTrue();
    assertThat(server(503).isRetryable()).isTrue();
    assertThat(server(504).isRetryable()).isTrue();
    assertThat(server(501).isRetryable()).isFalse();
    assertThat(new ServerException(ErrorContext.builder().code("unavailable").build()).isRetryable()).isTrue();
    assertThat(new ServerException(ErrorContext.builder().code("internal").build()).isRetryable()).isFalse();

    // A code newer than the SDK is judged by its status alone.
    assertThat(new LiveCoinsException(ErrorFixtures.context(503).withCode("brand_new"), null).isRetryable()).isTrue();
    assertThat(new LiveCoinsException(ErrorFixtures.context(500).withCode("brand_new"), null).isRetryable()).isFalse();
    assertThat(new LiveCoinsException(ErrorFixtures.context(422).withCode("brand_new"), null).isRetryable()).isFalse();

    // 409: only in_progress.
    assertThat(new ConflictException(ErrorFixtures.context(409), "in_progress").isRetryable()).isTrue();
    assertThat(new ConflictException(ErrorFixtures.context(409), "invalid_state").isRetryable()).isFalse();

    // Everything else: no.
    for (LiveCoinsException e : ErrorFixtures.everyType()) {
      boolean expected = e instanceof RateLimitedException
          || e instanceof ServerException
          || e instanceof NetworkException
          || e instanceof ConflictException;
      assertThat(e.isRetryable()).as(e.getClass().getSimpleName()).isEqualTo(expected);
    }
  }

  @Test
  void aCauseQuotingASecretIsReplacedByARedactedStandInAndAPlainOneIsKept() {
    IllegalStateException leaky = new IllegalStateException("refresh failed for Bearer s3cr3t-t0ken-value");
    AuthenticationException auth = new AuthenticationException(ErrorContext.of("token() failed", Effect.NOT_APPLIED), leaky);
    assertThat(auth.getCause()).isNotSameAs(leaky);
    assertThat(auth.getCause().toString()).contains("IllegalStateException").doesNotContain("s3cr3t-t0ken-value");
    assertThat(auth.getCause().getStackTrace()).isEqualTo(leaky.getStackTrace());

    IOException plain = new IOException("connection reset");
    assertThat(new MalformedResponseException(ErrorFixtures.context(200), plain).getCause()).isSameAs(plain);
  }

  @Test
  void paymentUncertainIsAlwaysAtLeastUnknown() {
    assertThat(new PaymentUncertainException(ErrorContext.of("x", Effect.NOT_APPLIED), "ord_1", null).effect())
        .isEqualTo(Effect.UNKNOWN);
    assertThat(new PaymentUncertainException(ErrorContext.of("x", Effect.APPLIED), "ord_1", null).effect())
        .isEqualTo(Effect.APPLIED);
  }

  @Test
  void aCoinDebtIsAnInsufficientCoinsRefusalWhoseShortfallIncludesTheDebt() {
    CoinDebtException debt = new CoinDebtException(ErrorFixtures.context(402), 60, 0, 1, null);
    LiveCoinsException thrown = debt;

    assertThat(thrown).isInstanceOf(InsufficientCoinsException.class).isInstanceOf(BalanceException.class);
    assertThat(debt.code()).isEqualTo("insufficient_coins");
    assertThat(debt.debt()).isEqualTo(60);
    assertThat(debt.required()).isEqualTo(1);
    assertThat(debt.balance()).isZero();
    assertThat(debt.shortfall()).isEqualTo(61);
    assertThat(debt.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(debt.isRetryable()).isFalse();
    // A balance above what is owed plus needed never makes the shortfall negative.
    assertThat(new CoinDebtException(ErrorFixtures.context(402), 5, 100, 1, null).shortfall()).isZero();
  }

  @Test
  void aCoinDebtWithASuggestedPackageStaysACoinDebt() {
    InsufficientCoinsException debt = new CoinDebtException(ErrorFixtures.context(402), 60, 0, 1, null);

    InsufficientCoinsException copy = debt.withSuggestedPackage(ErrorFixtures.SEVENTY);

    assertThat(copy).isExactlyInstanceOf(CoinDebtException.class);
    assertThat(((CoinDebtException) copy).debt()).isEqualTo(60);
    assertThat(copy.shortfall()).isEqualTo(61);
    assertThat(copy.suggestedPackage()).isEqualTo(ErrorFixtures.SEVENTY);
    assertThat(copy.context()).isEqualTo(debt.context());
    assertThat(copy.getStackTrace()).isEqualTo(debt.getStackTrace());
  }

  @Test
  void aCoinDebtNeedsAPositiveDebtAndNonNegativeAmounts() {
    assertThatThrownBy(() -> new CoinDebtException(ErrorFixtures.context(402), 0, 0, 1, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CoinDebtException(ErrorFixtures.context(402), 5, -1, 1, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CoinDebtException(ErrorFixtures.context(402), 5, 0, -1, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withSuggestedPackageKeepsTheContext() {
    InsufficientCoinsException e = new InsufficientCoinsException(ErrorFixtures.context(402), 3, 20, 17, null);
    InsufficientCoinsException copy = e.withSuggestedPackage(ErrorFixtures.SEVENTY);
    assertThat(copy.context()).isEqualTo(e.context());
    assertThat(copy.suggestedPackage()).isEqualTo(ErrorFixtures.SEVENTY);
    assertThat(copy.shortfall()).isEqualTo(17);
  }

  private static NetworkException network(Exception cause) {
    return new NetworkException(ErrorContext.of("failed", Effect.NOT_APPLIED), cause);
  }

  private static ServerException server(int status) {
    return new ServerException(ErrorContext.builder().httpStatus(status).build());
  }
}
