package org.peerchain.storage.kv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peerchain.core.bytes.Bytes;

/** Both stores against a TreeMap per column: the same batches give the same reads and ranges. */
class KeyValueStoreModelTest {
  private static final List<Column<Bytes, Bytes>> COLUMNS = List.of(TestColumns.RAW, TestColumns.RAW_2);

  /** Value 0 deletes; others put that one byte. */
  record Write(Column<Bytes, Bytes> column, Bytes key, int n) {
    Bytes value() {
      return n == 0 ? null : Bytes.of(n);
    }
  }

  record Batch(List<Write> writes, boolean commit) {}

  /** A range plus an independent statement of which keys it selects. */
  record Query(String kind, Bytes a, Bytes b, boolean descending) {
    KeyRange range() {
      KeyRange range = switch (kind) {
        case "all" -> KeyRange.all();
        case "from" -> KeyRange.from(a);
        case "upTo" -> KeyRange.upTo(a);
        case "atMost" -> KeyRange.atMost(a);
        case "prefix" -> KeyRange.prefix(a);
        default -> KeyRange.between(min(), max());
      };
      return descending ? range.descending() : range;
    }

    boolean selects(Bytes key) {
      return switch (kind) {
        case "all" -> true;
        case "from" -> key.compareTo(a) >= 0;
        case "upTo" -> key.compareTo(a) < 0;
        case "atMost" -> key.compareTo(a) <= 0;
        case "prefix" -> key.size() >= a.size() && key.slice(0, a.size()).equals(a);
        default -> key.compareTo(min()) >= 0 && key.compareTo(max()) < 0;
      };
    }

    private Bytes min() {
      return a.compareTo(b) <= 0 ? a : b;
    }

    private Bytes max() {
      return a.compareTo(b) <= 0 ? b : a;
    }
  }

  @Property(tries = 50)
  void inMemoryStoreBehavesLikeSortedMaps(@ForAll("batches") List<Batch> batches, @ForAll("queries") List<Query> queries) {
    check(StoreKind.IN_MEMORY, batches, queries);
  }

  @Property(tries = 50)
  void rocksDbStoreBehavesLikeSortedMaps(@ForAll("batches") List<Batch> batches, @ForAll("queries") List<Query> queries) {
    check(StoreKind.ROCKSDB, batches, queries);
  }

  private static void check(StoreKind kind, List<Batch> batches, List<Query> queries) {
    Path dir = TempDirs.create("kv-model");
    Map<Column<Bytes, Bytes>, NavigableMap<Bytes, Bytes>> model = Map.of(COLUMNS.get(0), new TreeMap<>(),
        COLUMNS.get(1), new TreeMap<>());
    try (KeyValueStore store = kind.open(dir)) {
      Snapshot snapshot = null;
      Map<Column<Bytes, Bytes>, NavigableMap<Bytes, Bytes>> atSnapshot = null;
      for (int i = 0; i < batches.size(); i++) {
        if (i == batches.size() / 2) {
          snapshot = store.snapshot();
          atSnapshot = Map.of(COLUMNS.get(0), new TreeMap<>(model.get(COLUMNS.get(0))),
              COLUMNS.get(1), new TreeMap<>(model.get(COLUMNS.get(1))));
        }
        apply(store, batches.get(i), model);
      }
      for (Column<Bytes, Bytes> column : COLUMNS) {
        for (Query query : queries) {
          assertThat(entries(store, column, query.range())).as("%s %s", column, query)
              .containsExactlyElementsOf(expected(model.get(column), query));
        }
        for (Batch batch : batches) {
          batch.writes().forEach(w -> assertThat(store.get(column, w.key()))
              .isEqualTo(java.util.Optional.ofNullable(model.get(column).get(w.key()))));
        }
        if (snapshot != null) {
          assertThat(entries(snapshot, column, KeyRange.all()))
              .containsExactlyElementsOf(expected(atSnapshot.get(column), new Query("all", null, null, false)));
        }
      }
      if (snapshot != null) {
        snapshot.close();
      }
    } finally {
      TempDirs.delete(dir);
    }
  }

  private static void apply(KeyValueStore store, Batch batch, Map<Column<Bytes, Bytes>, NavigableMap<Bytes, Bytes>> model) {
    try (WriteBatch writes = store.newBatch()) {
      for (Write w : batch.writes()) {
        if (w.value() == null) {
          writes.delete(w.column(), w.key());
        } else {
          writes.put(w.column(), w.key(), w.value());
        }
      }
      if (batch.commit()) {
        writes.commit();
        for (Write w : batch.writes()) {
          if (w.value() == null) {
            model.get(w.column()).remove(w.key());
          } else {
            model.get(w.column()).put(w.key(), w.value());
          }
        }
      }
    }
  }

  private static List<KvEntry<Bytes, Bytes>> entries(KvReader reader, Column<Bytes, Bytes> column, KeyRange range) {
    List<KvEntry<Bytes, Bytes>> out = new ArrayList<>();
    try (KvIterator<Bytes, Bytes> it = reader.iterate(column, range)) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  private static List<KvEntry<Bytes, Bytes>> expected(NavigableMap<Bytes, Bytes> table, Query query) {
    List<KvEntry<Bytes, Bytes>> out = new ArrayList<>();
    (query.descending() ? table.descendingMap() : table).forEach((k, v) -> {
      if (query.selects(k)) {
        out.add(new KvEntry<>(k, v));
      }
    });
    return out;
  }

  /** Few distinct bytes, including the edges 0x00 and 0xff, so keys collide and prefix each other. */
  private static Arbitrary<Bytes> keys() {
    return Arbitraries.of(0x00, 0x01, 0x7f, 0x80, 0xff).list().ofMaxSize(3)
        .map(list -> Bytes.of(list.stream().mapToInt(Integer::intValue).toArray()));
  }

  @Provide
  Arbitrary<List<Batch>> batches() {
    Arbitrary<Integer> values = Arbitraries.integers().between(0, 3);
    Arbitrary<Write> write = Combinators.combine(Arbitraries.of(COLUMNS), keys(), values).as(Write::new);
    Arbitrary<Batch> batch = Combinators.combine(write.list().ofMaxSize(6),
        Arbitraries.integers().between(0, 4).map(i -> i > 0)).as(Batch::new);
    return batch.list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<Query>> queries() {
    Arbitrary<String> kinds = Arbitraries.of("all", "from", "upTo", "atMost", "prefix", "between");
    return Combinators.combine(kinds, keys(), keys(), Arbitraries.of(true, false)).as(Query::new)
        .list().ofMinSize(1).ofMaxSize(6);
  }
}
