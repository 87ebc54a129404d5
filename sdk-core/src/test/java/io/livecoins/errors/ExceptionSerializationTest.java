package io.livecoins.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every exception survives Java serialization with all its fields, including Money and CoinPackage. */
final class ExceptionSerializationTest {
  static Stream<LiveCoinsException> everyType() {
    return Stream.concat(
        ErrorFixtures.everyType().stream(),
        // The one LiveCoinsException outside this package.
        Stream.of(new io.livecoins.recharge.PendingOrderStoreException(
            ErrorContext.of("disk full", Effect.UNKNOWN), new java.io.IOException("ENOSPC")),
            // A gifting limit (coins, set by a parent) besides the fixtures' withdrawal cap.
            new LimitExceededException(ErrorFixtures.context(422), io.livecoins.account.SpendingLimit.builder(
                    io.livecoins.account.LimitKind.GIFTING_DAILY, io.livecoins.account.LimitSource.PARENT)
                .limitCoins(500L).remainingCoins(20L).resetsAt(java.time.Instant.parse("2026-12-02T00:00:00Z"))
                .build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyType")
  void roundTripsWithEveryField(LiveCoinsException original) throws Exception {
    LiveCoinsException copy = roundTrip(original);

    assertThat(copy).isExactlyInstanceOf(original.getClass());
    assertThat(copy.context()).isEqualTo(original.context());
    assertThat(copy.getMessage()).isEqualTo(original.getMessage());
    assertThat(copy.isRetryable()).isEqualTo(original.isRetryable());
    assertThat(copy.getCause() == null).isEqualTo(original.getCause() == null);
    for (Class<?> type = original.getClass(); type != RuntimeException.class; type = type.getSuperclass()) {
      // Every field of the type and its LiveCoins superclasses, transient ones (Money, CoinPackage) included.
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) continue;
        field.setAccessible(true);
        Object expected = field.get(original);
        String name = type.getSimpleName() + "." + field.getName();
        if (expected != null && expected.getClass().getEnclosingClass() == SerialForms.class) {
          assertThat(field.get(copy)).as(name).usingRecursiveComparison().isEqualTo(expected);
        } else {
          assertThat(field.get(copy)).as(name).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void moneyAndPackageFieldsComeBackAsValues() throws Exception {
    InsufficientCoinsException coins =
        roundTrip(new InsufficientCoinsException(ErrorFixtures.context(402), 3, 20, 17, ErrorFixtures.SEVENTY));
    assertThat(coins.suggestedPackage()).isEqualTo(ErrorFixtures.SEVENTY);

    CoinDebtException debt =
        roundTrip(new CoinDebtException(ErrorFixtures.context(402), 60, 0, 1, ErrorFixtures.SEVENTY));
    assertThat(debt.debt()).isEqualTo(60);
    assertThat(debt.shortfall()).isEqualTo(61);
    assertThat(debt.suggestedPackage()).isEqualTo(ErrorFixtures.SEVENTY);

    LimitExceededException limit = (LimitExceededException) ErrorFixtures.everyType().stream()
        .filter(e -> e instanceof LimitExceededException).findFirst().orElseThrow();
    LimitExceededException limitCopy = roundTrip(limit);
    assertThat(limitCopy.limit()).isEqualTo(limit.limit());
    assertThat(limitCopy.remaining()).isEqualTo(limit.remaining());
    assertThat(limitCopy.resetsAt()).isEqualTo(limit.resetsAt());
  }

  @Test
  void theFixturesCoverEveryConcreteExceptionTypeOfThePackage() throws Exception {
    Set<String> covered =
        ErrorFixtures.everyType().stream()
            .map(e -> e.getClass().getSimpleName())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(covered).isEqualTo(concreteExceptionTypesOnDisk());
  }

  private static Set<String> concreteExceptionTypesOnDisk() throws URISyntaxException, ClassNotFoundException {
    URL url = LiveCoinsException.class.getResource("LiveCoinsException.class");
    File dir = new File(Objects.requireNonNull(url).toURI()).getParentFile();
    Set<String> names = new TreeSet<>();
    for (String file : Objects.requireNonNull(dir.list())) {
      if (!file.endsWith("Exception.class") || file.contains("$")) continue;
      String simpleName = file.substring(0, file.length() - ".class".length());
      Class<?> type = Class.forName("io.livecoins.errors." + simpleName);
      if (!java.lang.reflect.Modifier.isAbstract(type.getModifiers())) names.add(simpleName);
    }
    return names;
  }

  @SuppressWarnings("unchecked")
  static <T extends Throwable> T roundTrip(T original) throws IOException, ClassNotFoundException {
    return (T) deserialize(serialize(original));
  }

  static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }
}
