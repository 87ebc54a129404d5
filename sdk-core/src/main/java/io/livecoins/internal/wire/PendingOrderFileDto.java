package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import io.livecoins.Money;
import io.livecoins.recharge.PendingOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The file format of {@code FilePendingOrderStore}: {@code {"format": "livecoins-pending-orders",
 * "version": 1, "orders": [...]}}. Not API.
 */
public final class PendingOrderFileDto {
  /** The value of {@link #format}. */
  public static final String FORMAT = "livecoins-pending-orders";

  public @Nullable String format;
  public @Nullable Integer version;
  public @Nullable List<@Nullable Record> orders;

  /** One record. */
  public static final class Record {
    public @Nullable String orderId;
    public @Nullable String userId;
    public @Nullable String packageId;
    public @Nullable String providerId;
    public @Nullable String region;
    public @Nullable Money price;
    public @Nullable String state;
    public @Nullable String paymentToken;
    public @Nullable String confirmKey;
    public @Nullable Instant createdAt;

    /** Maps to the validated record; throws on missing or invalid fields. */
    public PendingOrder toPendingOrder() {
      String stateName = Wire.require(state, "state");
      PendingOrder.State parsed;
      try {
        parsed = PendingOrder.State.valueOf(stateName.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new JsonDataException("unknown state " + stateName);
      }
      return PendingOrder.builder()
          .orderId(Wire.require(orderId, "orderId"))
          .userId(Wire.require(userId, "userId"))
          .packageId(Wire.require(packageId, "packageId"))
          .providerId(Wire.require(providerId, "providerId"))
          .region(Wire.require(region, "region"))
          .price(Wire.require(price, "price"))
          .state(parsed)
          .paymentToken(paymentToken)
          .confirmKey(Wire.require(confirmKey, "confirmKey"))
          .createdAt(Wire.require(createdAt, "createdAt"))
          .build();
    }

    /** The file form of {@code order}. */
    public static Record from(PendingOrder order) {
      Record record = new Record();
      record.orderId = order.orderId();
      record.userId = order.userId();
      record.packageId = order.packageId();
      record.providerId = order.providerId();
      record.region = order.region();
      record.price = order.price();
      record.state = order.state().name();
      record.paymentToken = order.paymentToken();
      record.confirmKey = order.confirmKey();
      record.createdAt = order.createdAt();
      return record;
    }
  }

  /** Maps to validated records, in file order. */
  public List<PendingOrder> toPendingOrders() {
    if (!FORMAT.equals(format)) throw new JsonDataException("not a " + FORMAT + " file");
    if (!Integer.valueOf(1).equals(version)) throw new JsonDataException("unsupported version " + version);
    List<Record> records = Wire.requireList(orders, "orders");
    List<PendingOrder> result = new ArrayList<>(records.size());
    for (Record record : records) result.add(record.toPendingOrder());
    return result;
  }

  /** The file form of {@code orders}. */
  public static PendingOrderFileDto from(Iterable<PendingOrder> orders) {
    PendingOrderFileDto dto = new PendingOrderFileDto();
    dto.format = FORMAT;
    dto.version = 1;
    List<@Nullable Record> records = new ArrayList<>();
    for (PendingOrder order : orders) records.add(Record.from(order));
    dto.orders = records;
    return dto;
  }
}
