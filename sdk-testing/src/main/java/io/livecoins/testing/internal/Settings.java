package io.livecoins.testing.internal;

import io.livecoins.testing.ExpiredPaymentPolicy;
import io.livecoins.testing.MockCatalog;
import io.livecoins.testing.MockUser;
import io.livecoins.testing.PaymentVerifier;
import io.livecoins.testing.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Everything the builder configured, as one immutable value. */
public record Settings(
    MockCatalog catalog,
    List<MockUser> users,
    long payoutDiamonds,
    long payoutAmountMinor,
    String payoutCurrency,
    long minimumWithdrawalDiamonds,
    long dailyWithdrawalLimitMinor,
    long diamondShareNumerator,
    long diamondShareDenominator,
    Duration orderTimeToLive,
    Duration sseHeartbeat,
    PaymentVerifier paymentVerifier,
    Sleeper sleeper,
    Clock clock,
    long seed,
    boolean strict,
    ExpiredPaymentPolicy expiredPaymentPolicy) {}
