package org.peerchain.rpc.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.api.NewHead;
import org.peerchain.rpc.backend.ChainEventHub;

class FilterManagerTest {
  private final AtomicLong now = new AtomicLong(1_000);
  private final ChainEventHub events = new ChainEventHub();

  @Test
  void blockFilterCollectsHeadsBetweenPolls() {
    FilterManager filters = new FilterManager(events, 10, now::get);
    String id = filters.install(FilterKind.BLOCKS).orElseThrow();
    NewHead a = head(1);
    NewHead b = head(2);
    events.publishHead(a);
    events.publishHead(b);
    events.publishPendingTransaction(Hash.ZERO);
    assertThat(filters.changes(id)).hasValue(java.util.List.of(a.hash(), b.hash()));
    assertThat(filters.changes(id)).hasValue(java.util.List.of());
  }

  @Test
  void pendingFilterSeesOnlyTransactions() {
    FilterManager filters = new FilterManager(events, 10, now::get);
    String id = filters.install(FilterKind.PENDING_TRANSACTIONS).orElseThrow();
    Hash tx = Hash.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        24, 25, 26, 27, 28, 29, 30, 31, 32});
    events.publishHead(head(1));
    events.publishPendingTransaction(tx);
    assertThat(filters.changes(id)).hasValue(java.util.List.of(tx));
  }

  @Test
  void idleFiltersExpireAfterFiveMinutesAndPollingKeepsThemAlive() {
    FilterManager filters = new FilterManager(events, 10, now::get);
    String polled = filters.install(FilterKind.BLOCKS).orElseThrow();
    String idle = filters.install(FilterKind.LOGS).orElseThrow();
    now.addAndGet(TimeUnit.MINUTES.toNanos(4));
    assertThat(filters.changes(polled)).isPresent();
    now.addAndGet(TimeUnit.MINUTES.toNanos(2));
    assertThat(filters.changes(idle)).isEmpty();
    assertThat(filters.changes(polled)).isPresent();
    assertThat(filters.size()).isEqualTo(1);
  }

  @Test
  void installsAreBoundedButExpiredOnesMakeRoom() {
    FilterManager filters = new FilterManager(events, 2, now::get);
    assertThat(filters.install(FilterKind.BLOCKS)).isPresent();
    assertThat(filters.install(FilterKind.BLOCKS)).isPresent();
    assertThat(filters.install(FilterKind.BLOCKS)).isEmpty();
    now.addAndGet(TimeUnit.MINUTES.toNanos(6));
    assertThat(filters.install(FilterKind.BLOCKS)).isPresent();
  }

  @Test
  void bufferKeepsTheNewestWhenFull() {
    FilterManager filters = new FilterManager(events, 2, now::get);
    String id = filters.install(FilterKind.BLOCKS).orElseThrow();
    for (int i = 0; i < FilterManager.MAX_BUFFERED + 5; i++) {
      events.publishHead(head(i));
    }
    var changes = filters.changes(id).orElseThrow();
    assertThat(changes).hasSize(FilterManager.MAX_BUFFERED);
    assertThat(changes.get(changes.size() - 1)).isEqualTo(head(FilterManager.MAX_BUFFERED + 4).hash());
  }

  @Test
  void uninstallAndClose() {
    FilterManager filters = new FilterManager(events, 2, now::get);
    String id = filters.install(FilterKind.LOGS).orElseThrow();
    assertThat(filters.kind(id)).hasValue(FilterKind.LOGS);
    assertThat(filters.uninstall(id)).isTrue();
    assertThat(filters.uninstall(id)).isFalse();
    String other = filters.install(FilterKind.BLOCKS).orElseThrow();
    filters.close();
    events.publishHead(head(1));
    assertThat(filters.changes(other)).isEmpty();
  }

  private static NewHead head(long number) {
    return NewHead.of(BlockHeader.builder().number(number).gasLimit(30_000_000).baseFeePerGas(UInt256.ONE).build());
  }
}
