package org.peerchain.storage.kv;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.storage.schema.Schema;

/** The real schema plus raw-byte columns for ordering tests. */
final class TestColumns {
  static final Column<Bytes, Bytes> RAW = Column.of(1000, "test_raw", Serializers.BYTES, Serializers.BYTES);
  static final Column<Bytes, Bytes> RAW_2 = Column.of(1001, "test_raw_2", Serializers.BYTES, Serializers.BYTES);
  static final List<Column<?, ?>> ALL = with(RAW, RAW_2);

  private TestColumns() {}

  static List<Column<?, ?>> with(Column<?, ?>... extra) {
    List<Column<?, ?>> all = new ArrayList<>(Schema.ALL);
    all.addAll(List.of(extra));
    return List.copyOf(all);
  }
}
