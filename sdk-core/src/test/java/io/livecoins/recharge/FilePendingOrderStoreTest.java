package io.livecoins.recharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.livecoins.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crash-safe file store: round trips, atomic replace, torn temp files, corrupt files, permissions. */
final class FilePendingOrderStoreTest {
  @TempDir Path dir;

  private static PendingOrder created(String id) {
    return PendingOrder.builder().orderId(id).userId("bob").packageId("coins-700")
        .providerId("sandbox").region("US").price(Money.of(999, "USD"))
        .state(PendingOrder.State.CREATED).confirmKey("key-" + id)
        .createdAt(Instant.parse("2026-11-25T10:00:00Z")).build();
  }

  @Test
  void recordsSurviveANewStoreOnTheSameFile() {
    Path file = dir.resolve("sub/pending.json");
    FilePendingOrderStore store = new FilePendingOrderStore(file);
    store.save(created("ord_1"));
    store.save(created("ord_2"));
    store.save(created("ord_1").withPaymentToken("sbx1.ord_1.ok.abcdefgh"));
    store.remove("ord_2");
    store.remove("ord_unknown");

    FilePendingOrderStore reopened = new FilePendingOrderStore(file);

    assertThat(reopened.all()).containsExactly(created("ord_1").withPaymentToken("sbx1.ord_1.ok.abcdefgh"));
    assertThat(reopened.get("ord_1").state()).isEqualTo(PendingOrder.State.AUTHORIZED);
    assertThat(reopened.get("ord_2")).isNull();
  }

  @Test
  void anEmptyOrMissingFileHasNoRecords() {
    assertThat(new FilePendingOrderStore(dir.resolve("none.json")).all()).isEmpty();
    assertThat(Files.exists(dir.resolve("none.json"))).isFalse();
  }

  @Test
  void aZeroByteFileHasNoRecordsAndTakesTheFirstSave() throws Exception {
    Path file = Files.createFile(dir.resolve("created-by-the-app.json")); // File.createNewFile() beforehand
    FilePendingOrderStore store = new FilePendingOrderStore(file);

    assertThat(store.all()).isEmpty();
    assertThat(store.get("ord_1")).isNull();
    store.save(created("ord_1"));

    assertThat(new FilePendingOrderStore(file).all()).extracting(PendingOrder::orderId).containsExactly("ord_1");
  }

  @Test
  void fileIsOwnerOnly() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("pending.json");
    new FilePendingOrderStore(file).save(created("ord_1"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void aTornTemporaryFileFromAKilledWriteIsIgnored() throws Exception {
    Path file = dir.resolve("pending.json");
    new FilePendingOrderStore(file).save(created("ord_1"));
    // Killed while writing the next version: the temporary file is half-written, the main intact.
    Files.write(dir.resolve("pending.json.tmp"), "{\"format\":\"livecoins-pend".getBytes(StandardCharsets.UTF_8));

    FilePendingOrderStore reopened = new FilePendingOrderStore(file);

    assertThat(reopened.all()).containsExactly(created("ord_1"));
    reopened.save(created("ord_2"));
    assertThat(new FilePendingOrderStore(file).all()).containsExactly(created("ord_1"), created("ord_2"));
    assertThat(Files.exists(dir.resolve("pending.json.tmp"))).isFalse();
  }

  @Test
  void aCorruptFileIsReportedAndNeverOverwritten() throws Exception {
    Path file = dir.resolve("pending.json");
    byte[] garbage = "{\"format\":\"livecoins-pending-orders\",\"version\":1,\"orders\":[{\"orderId\":".getBytes(StandardCharsets.UTF_8);
    Files.write(file, garbage);
    FilePendingOrderStore store = new FilePendingOrderStore(file);

    assertThatThrownBy(store::all)
        .isInstanceOf(PendingOrderStoreException.class)
        .hasMessageContaining("corrupt")
        .hasMessageContaining(file.toString());
    assertThatThrownBy(() -> store.save(created("ord_1"))).isInstanceOf(PendingOrderStoreException.class);
    assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
  }

  @Test
  void aFileOfAnotherFormatOrVersionIsRejected() throws Exception {
    Path file = dir.resolve("pending.json");
    Files.write(file, "{\"format\":\"livecoins-pending-orders\",\"version\":2,\"orders\":[]}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new FilePendingOrderStore(file).all()).isInstanceOf(PendingOrderStoreException.class);
    Files.write(file, "[]".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new FilePendingOrderStore(file).all()).isInstanceOf(PendingOrderStoreException.class);
  }

  @Test
  void theFileHoldsNoCardDataOnlyTheOrdersToken() throws Exception {
    Path file = dir.resolve("pending.json");
    new FilePendingOrderStore(file).save(created("ord_1").withPaymentToken("sbx1.ord_1.ok.abcdefgh"));
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    assertThat(text).contains("\"orderId\":\"ord_1\"", "\"confirmKey\":\"key-ord_1\"", "sbx1.ord_1.ok.abcdefgh");
    assertThat(text).doesNotContain("4242").doesNotContain("Bearer");
  }

  @Test
  void argumentsAreChecked() {
    FilePendingOrderStore store = new FilePendingOrderStore(dir.resolve("p.json"));
    assertThatThrownBy(() -> store.save(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.get(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new FilePendingOrderStore(null)).isInstanceOf(NullPointerException.class);
    assertThat(store.toString()).contains("p.json");
  }

  @Test
  void twoInstancesOnOneFileLoseNoRecord() throws Exception {
    // Reproduction: two instances (a re-created client, a second client of the same user) each
    // cached the file and wrote over the other's records; a paid record disappeared.
    Path file = dir.resolve("pending.json");
    FilePendingOrderStore[] instances = {new FilePendingOrderStore(file), new FilePendingOrderStore(file)};
    int threadsPerInstance = 3;
    int perThread = 100;
    ExecutorService pool = Executors.newFixedThreadPool(instances.length * threadsPerInstance);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    Set<String> expected = new HashSet<>();
    try {
      for (int i = 0; i < instances.length; i++) {
        for (int t = 0; t < threadsPerInstance; t++) {
          FilePendingOrderStore store = instances[i];
          String prefix = "i" + i + "t" + t;
          for (int n = 0; n < perThread; n++) if (StoreHammer.kept(n)) expected.add(prefix + "-" + n);
          done.add(pool.submit(() -> {
            start.await();
            for (int n = 0; n < perThread; n++) {
              String id = prefix + "-" + n;
              PendingOrder record = StoreHammer.record(id, prefix);
              store.save(record);
              if (n % 2 == 0) store.save(record.withPaymentToken("sbx1." + id + ".ok.abcdefgh"));
              if (!StoreHammer.kept(n)) store.remove(id);
            }
            return null;
          }));
        }
      }
      start.countDown();
      for (Future<?> f : done) f.get(2, TimeUnit.MINUTES); // any exception fails the test
    } finally {
      pool.shutdownNow();
    }

    List<PendingOrder> all = new FilePendingOrderStore(file).all();
    Set<String> ids = new HashSet<>();
    for (PendingOrder order : all) ids.add(order.orderId());
    assertThat(ids).isEqualTo(expected);
    for (PendingOrder order : all) {
      int n = Integer.parseInt(order.orderId().substring(order.orderId().indexOf('-') + 1));
      assertThat(order.state())
          .isEqualTo(n % 2 == 0 ? PendingOrder.State.AUTHORIZED : PendingOrder.State.CREATED);
    }
  }

  @Test
  void anInstanceSeesWhatAnotherSavedAndRemoved() {
    Path file = dir.resolve("pending.json");
    FilePendingOrderStore a = new FilePendingOrderStore(file);
    FilePendingOrderStore b = new FilePendingOrderStore(file);
    assertThat(a.all()).isEmpty(); // read before b writes: nothing may be cached from this
    b.save(created("ord_1"));
    assertThat(a.get("ord_1")).isEqualTo(created("ord_1"));
    a.save(created("ord_2"));
    b.remove("ord_1");
    assertThat(a.all()).containsExactly(created("ord_2"));
    assertThat(b.all()).containsExactly(created("ord_2"));
  }

  @Test
  void aCorruptFileStopsEveryInstanceAndIsNeverOverwritten() throws Exception {
    Path file = dir.resolve("pending.json");
    FilePendingOrderStore healthy = new FilePendingOrderStore(file);
    healthy.save(created("ord_1"));
    byte[] garbage = "{\"format\":".getBytes(StandardCharsets.UTF_8);
    Files.write(file, garbage); // damaged behind the instances' backs

    assertThatThrownBy(() -> healthy.save(created("ord_2"))).isInstanceOf(PendingOrderStoreException.class);
    assertThatThrownBy(() -> new FilePendingOrderStore(file).remove("ord_1"))
        .isInstanceOf(PendingOrderStoreException.class).hasMessageContaining("corrupt");
    assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
  }
}
