package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import io.livecoins.Money;
import io.livecoins.account.Account;
import io.livecoins.account.Capability;
import io.livecoins.account.Eligibility;
import io.livecoins.account.LimitKind;
import io.livecoins.account.LimitSource;
import io.livecoins.account.SpendingLimit;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Wire form of {@code Account} ({@code GET /v1/account}, {@code POST /v1/account/limits}): {@code
 * {userId, region, currency, capabilities: [{capability, allowed, reason?}], limits: [SpendingLimit]}}.
 */
public final class AccountDto {
  public @Nullable String userId;
  public @Nullable String region;
  public @Nullable String currency;
  public @Nullable List<@Nullable CapabilityDto> capabilities;
  public @Nullable List<@Nullable LimitDto> limits;

  /** One capability's status. */
  public static final class CapabilityDto {
    public @Nullable String capability;
    public @Nullable Boolean allowed;
    public @Nullable String reason;
  }

  /** One effective limit. */
  public static final class LimitDto {
    public @Nullable String kind;
    public @Nullable String setBy;
    public @Nullable Money limit;
    public @Nullable Money remaining;
    public @Nullable Long limitCoins;
    public @Nullable Long remainingCoins;
    public @Nullable Instant resetsAt;
    public @Nullable Money pendingLimit;
    public @Nullable Long pendingLimitCoins;
    public @Nullable Instant pendingEffectiveAt;
  }

  /**
   * Maps to the validated {@link Account}. Capabilities and limit kinds newer than this SDK are
   * skipped (the contract lets them appear); a capability or kind listed twice, a money limit in
   * another currency than the account's, or a limit in the wrong unit is a malformed answer.
   *
   * @param expectedUserId the signed-in user: another user's account is a malformed (misrouted) answer
   * @throws JsonDataException if a field is missing or inconsistent
   * @throws IllegalArgumentException if a value is invalid (negative coins, bad region)
   */
  public Account toAccount(String expectedUserId) {
    String user = Wire.require(userId, "account.userId");
    if (!user.equals(expectedUserId)) {
      throw new JsonDataException("the response carries another user's account");
    }
    String accountCurrency = Wire.require(currency, "account.currency");
    Account.Builder builder = Account.builder(user, Wire.require(region, "account.region"), accountCurrency);
    List<CapabilityDto> caps = Wire.requireList(capabilities, "account.capabilities");
    Set<Capability> seenCaps = EnumSet.noneOf(Capability.class);
    for (int i = 0; i < caps.size(); i++) {
      CapabilityDto c = caps.get(i);
      String path = "account.capabilities[" + i + "]";
      Capability capability = Capability.fromWireName(Wire.require(c.capability, path + ".capability"));
      boolean allowed = Wire.require(c.allowed, path + ".allowed");
      if (capability == Capability.UNKNOWN) continue; // newer than this SDK
      if (!seenCaps.add(capability)) throw new JsonDataException(path + " repeats " + capability);
      builder.eligibility(allowed ? Eligibility.allowed(capability) : Eligibility.refused(capability, c.reason));
    }
    List<LimitDto> items = Wire.requireList(limits, "account.limits");
    Set<LimitKind> seenKinds = EnumSet.noneOf(LimitKind.class);
    for (int i = 0; i < items.size(); i++) {
      LimitDto l = items.get(i);
      String path = "account.limits[" + i + "]";
      LimitKind kind = LimitKind.fromWireName(Wire.require(l.kind, path + ".kind"));
      LimitSource setBy = LimitSource.fromWireName(Wire.require(l.setBy, path + ".setBy"));
      if (kind == LimitKind.UNKNOWN) continue; // newer than this SDK
      if (!seenKinds.add(kind)) throw new JsonDataException(path + " repeats " + kind);
      builder.limit(toLimit(l, kind, setBy, accountCurrency, path));
    }
    return builder.build();
  }

  private static SpendingLimit toLimit(
      LimitDto l, LimitKind kind, LimitSource setBy, String currency, String path) {
    if (kind.isMoney()) {
      Money cap = Wire.require(l.limit, path + ".limit");
      if (l.limitCoins != null || l.remainingCoins != null || l.pendingLimitCoins != null) {
        throw new JsonDataException(path + " is a money limit with coin amounts");
      }
      sameCurrency(cap, currency, path + ".limit");
      sameCurrency(l.remaining, currency, path + ".remaining");
      sameCurrency(l.pendingLimit, currency, path + ".pendingLimit");
    } else {
      Wire.require(l.limitCoins, path + ".limitCoins");
      if (l.limit != null || l.remaining != null || l.pendingLimit != null) {
        throw new JsonDataException(path + " is a coin limit with money amounts");
      }
    }
    return SpendingLimit.builder(kind, setBy)
        .limit(l.limit)
        .remaining(l.remaining)
        .limitCoins(l.limitCoins)
        .remainingCoins(l.remainingCoins)
        .resetsAt(l.resetsAt)
        .pending(l.pendingLimit, l.pendingLimitCoins, l.pendingEffectiveAt)
        .build();
  }

  private static void sameCurrency(@Nullable Money money, String currency, String path) {
    if (money != null && !money.currency().equals(currency)) {
      throw new JsonDataException(path + " is in " + money.currency() + ", the account in " + currency);
    }
  }
}
