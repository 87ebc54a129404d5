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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crash-safe file store: round trips, atomic replace, torn temp files, corrupt files, permissions. */
final class FilePendingOrderStoreTest {
  @TempDir Path dir;

  private static PendingOrder created(String id) {
    return new PendingOrder(id, "bob", "coins-700", "sandbox", "US", Money.of(999, "USD"),
        PendingOrder.State.CREATED, null, "key-" + id, Instant.parse("2026-11-25T10:00:00Z"));
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
}
