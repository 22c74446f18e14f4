package org.peerchain.rpc.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.AddressHistory.Entry;
import org.peerchain.rpc.api.AddressHistory;

class HistoryPagerTest {
  private static final Address WHO = Address.ZERO;
  private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::blockNumber)
      .thenComparingInt(Entry::txIndex);

  /** The contract's semantics over a list, for one address. */
  record ListHistory(List<Entry> all) implements AddressHistory {
    @Override
    public List<Entry> before(Address address, long beforeBlock, int limit) {
      return all.stream().filter(e -> e.blockNumber() < beforeBlock).sorted(ORDER.reversed()).limit(limit).toList();
    }

    @Override
    public List<Entry> after(Address address, long afterBlock, int limit) {
      return all.stream().filter(e -> e.blockNumber() > afterBlock).sorted(ORDER).limit(limit).toList();
    }
  }

  private static List<Entry> entries(List<Integer> perBlock) {
    List<Entry> out = new ArrayList<>();
    for (int block = 0; block < perBlock.size(); block++) {
      for (int i = 0; i < perBlock.get(block); i++) {
        byte[] h = new byte[32];
        h[0] = (byte) block;
        h[1] = (byte) (block >> 8);
        h[2] = (byte) i;
        out.add(new Entry(block, i, Hash.wrap(h)));
      }
    }
    return out;
  }

  @Property(tries = 200)
  void olderLinksVisitEveryTransactionOnceNewestFirst(
      @ForAll @Size(max = 60) List<@IntRange(max = HistoryPager.PAGE) Integer> perBlock) {
    List<Entry> all = entries(perBlock);
    ListHistory history = new ListHistory(all);
    List<Entry> seen = new ArrayList<>();
    HistoryPager.Slice slice = HistoryPager.before(history, WHO, Long.MAX_VALUE);
    assertThat(slice.newer()).isEmpty();
    for (int pages = 0; pages <= all.size(); pages++) {
      assertThat(slice.entries().size()).isLessThanOrEqualTo(HistoryPager.PAGE);
      seen.addAll(slice.entries());
      if (slice.older().isEmpty()) {
        break;
      }
      slice = HistoryPager.before(history, WHO, slice.older().getAsLong());
      assertThat(slice.newer()).isPresent();
    }
    assertThat(seen).isEqualTo(all.stream().sorted(ORDER.reversed()).toList());
  }

  @Property(tries = 200)
  void newerLinksVisitEveryTransactionOnce(
      @ForAll @Size(max = 60) List<@IntRange(max = HistoryPager.PAGE) Integer> perBlock) {
    List<Entry> all = entries(perBlock);
    ListHistory history = new ListHistory(all);
    List<Entry> seen = new ArrayList<>();
    HistoryPager.Slice slice = HistoryPager.after(history, WHO, -1);
    assertThat(slice.older()).isEmpty();
    for (int pages = 0; pages <= all.size(); pages++) {
      List<Entry> oldestFirst = new ArrayList<>(slice.entries());
      Collections.reverse(oldestFirst);
      seen.addAll(oldestFirst);
      if (slice.newer().isEmpty()) {
        break;
      }
      slice = HistoryPager.after(history, WHO, slice.newer().getAsLong());
    }
    assertThat(seen).isEqualTo(all.stream().sorted(ORDER).toList());
  }

  @Test
  void aBlockLargerThanAPageIsShownInPartAndNamed() {
    List<Entry> all = entries(List.of(3, HistoryPager.PAGE + 5, 2));
    HistoryPager.Slice first = HistoryPager.before(new ListHistory(all), WHO, Long.MAX_VALUE);
    assertThat(first.entries()).extracting(Entry::blockNumber).containsOnly(2L);
    HistoryPager.Slice second = HistoryPager.before(new ListHistory(all), WHO, first.older().getAsLong());
    assertThat(second.entries()).hasSize(HistoryPager.PAGE).extracting(Entry::blockNumber).containsOnly(1L);
    assertThat(second.truncatedBlock()).isEqualTo(OptionalLong.of(1));
    HistoryPager.Slice third = HistoryPager.before(new ListHistory(all), WHO, second.older().getAsLong());
    assertThat(third.entries()).extracting(Entry::blockNumber).containsOnly(0L);
    assertThat(third.older()).isEmpty();
  }
}
