package org.peerchain.storage.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.storage.kv.KeyValueStoreContract.hash;
import static org.peerchain.storage.kv.TestColumns.RAW;
import static org.peerchain.storage.kv.TestColumns.RAW_2;
import static org.peerchain.storage.schema.Schema.CANONICAL;
import static org.peerchain.storage.schema.Schema.METADATA;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerchain.core.bytes.Bytes;

/**
 * A writer moves a head pointer and the rows that go with it in one batch per step, across
 * several columns; readers must always see one step whole, never parts of two.
 */
class KeyValueStoreConcurrencyTest {
  private static final int COMMITS = 200;
  private static final long READER_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  @Timeout(60)
  void readersNeverSeeHalfACommit(StoreKind kind, @TempDir Path dir) throws Exception {
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean writerDone = new AtomicBoolean();
    AtomicLong reads = new AtomicLong();
    ExecutorService readers = Executors.newFixedThreadPool(3);
    try (KeyValueStore store = kind.open(dir)) {
      commitStep(store, 0);
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        running.add(readers.submit(() -> readSnapshots(store, writerDone, failures, reads)));
      }
      running.add(readers.submit(() -> readIterators(store, writerDone, failures, reads)));

      for (long step = 1; step <= COMMITS; step++) {
        commitStep(store, step);
      }
      writerDone.set(true);
      readers.shutdown();
      assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      for (Future<?> reader : running) {
        reader.get();
      }
      assertThat(failures).isEmpty();
      assertThat(reads.get()).isGreaterThanOrEqualTo(3);
      assertThat(store.last(CANONICAL).map(KvEntry::key)).contains((long) COMMITS);
    } finally {
      readers.shutdownNow();
    }
  }

  private static void commitStep(KeyValueStore store, long step) {
    Bytes value = Serializers.LONG_BE.serialize(step);
    try (WriteBatch batch = store.newBatch()) {
      batch.put(RAW, Bytes.of(0xa), value).put(RAW, Bytes.of(0xc), value).put(RAW_2, Bytes.of(0xb), value)
          .put(CANONICAL, step, hash(step)).put(METADATA, "head", value).commit();
    }
  }

  private static void readSnapshots(KeyValueStore store, AtomicBoolean writerDone, Queue<String> failures,
      AtomicLong reads) {
    long deadline = System.nanoTime() + READER_DEADLINE_NANOS;
    long lastHead = -1;
    do {
      try (Snapshot snapshot = store.snapshot()) {
        long head = asLong(snapshot.get(METADATA, "head"));
        List<Long> seen = List.of(asLong(snapshot.get(RAW, Bytes.of(0xa))), asLong(snapshot.get(RAW_2, Bytes.of(0xb))),
            snapshot.last(CANONICAL).map(KvEntry::key).orElse(-1L));
        if (seen.stream().anyMatch(v -> v != head) || !snapshot.get(CANONICAL, head).equals(Optional.of(hash(head)))) {
          failures.add("snapshot saw head " + head + " with rows " + seen);
        }
        if (head < lastHead) {
          failures.add("head went back from " + lastHead + " to " + head);
        }
        lastHead = head;
      }
      reads.incrementAndGet();
    } while (!writerDone.get() && System.nanoTime() < deadline);
  }

  private static void readIterators(KeyValueStore store, AtomicBoolean writerDone, Queue<String> failures,
      AtomicLong reads) {
    long deadline = System.nanoTime() + READER_DEADLINE_NANOS;
    do {
      List<Long> values = new ArrayList<>();
      try (KvIterator<Bytes, Bytes> it = store.iterate(RAW)) {
        it.forEachRemaining(e -> values.add(Serializers.LONG_BE.deserialize(e.value())));
      }
      if (values.size() != 2 || !values.get(0).equals(values.get(1))) {
        failures.add("iterator saw rows " + values);
      }
      reads.incrementAndGet();
    } while (!writerDone.get() && System.nanoTime() < deadline);
  }

  private static long asLong(Optional<Bytes> value) {
    return value.map(Serializers.LONG_BE::deserialize).orElse(-1L);
  }
}
