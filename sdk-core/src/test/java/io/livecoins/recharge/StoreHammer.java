package io.livecoins.recharge;

import io.livecoins.Money;
import java.nio.file.Paths;
import java.time.Instant;

/**
 * A child process for {@link FilePendingOrderStoreProcessesTest}: saves records {@code
 * <prefix>-0 .. <prefix>-(count-1)} into the file (each through a fresh store instance every tenth
 * time, like a re-created client), authorizes every other one, removes every fifth, and prints
 * {@code saved <id>} after each save returned (so the parent knows what must be durable).
 *
 * <p>Arguments: file, prefix, count.
 */
public final class StoreHammer {
  private StoreHammer() {}

  public static void main(String[] args) {
    String prefix = args[1];
    int count = Integer.parseInt(args[2]);
    FilePendingOrderStore store = new FilePendingOrderStore(Paths.get(args[0]));
    for (int i = 0; i < count; i++) {
      if (i % 10 == 0) store = new FilePendingOrderStore(Paths.get(args[0]));
      String id = prefix + "-" + i;
      PendingOrder record = record(id, prefix);
      store.save(record);
      if (i % 2 == 0) store.save(record.withPaymentToken("sbx1." + id + ".ok.abcdefgh"));
      if (i % 5 == 4) store.remove(id);
      System.out.println("saved " + id);
      System.out.flush();
    }
    System.out.println("done");
  }

  static PendingOrder record(String id, String user) {
    return PendingOrder.builder().orderId(id).userId(user).packageId("coins-700")
        .providerId("sandbox").region("US").price(Money.of(999, "USD"))
        .state(PendingOrder.State.CREATED).confirmKey("key-" + id)
        .createdAt(Instant.parse("2026-11-25T10:00:00Z")).build();
  }

  /** Whether {@code index} survives the hammer's own removals. */
  static boolean kept(int index) {
    return index % 5 != 4;
  }
}
