package org.peerchain.rpc.methods.ots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.AddressHistory;
import org.peerchain.rpc.api.AddressHistory.Entry;

/** Otterscan's page rules over a history held in a list: whole blocks, flags, and blocks bigger than a chunk. */
class AddressPageTest {
  private static final Address A = Address.fromHexString("0x" + "11".repeat(20));

  @Test
  void aBlockLargerThanTheChunkStaysWholeBothWays() {
    ListHistory history = new ListHistory();
    history.block(1, 3);
    history.block(2, 200);
    history.block(3, 2);

    AddressPage newest = AddressPage.before(history, A, 0, 3);
    assertThat(newest.entries()).hasSize(202);
    assertThat(newest.entries().get(0)).isEqualTo(history.entry(3, 1));
    assertThat(newest.entries().get(201)).isEqualTo(history.entry(2, 0));
    assertThat(newest.firstPage()).isTrue();
    assertThat(newest.lastPage()).isFalse();

    AddressPage oldest = AddressPage.after(history, A, 0, 4);
    assertThat(oldest.entries()).hasSize(203);
    assertThat(oldest.entries().get(0)).isEqualTo(history.entry(2, 199));
    assertThat(oldest.entries().get(202)).isEqualTo(history.entry(1, 0));
    assertThat(oldest.firstPage()).isFalse();
    assertThat(oldest.lastPage()).isTrue();
  }

  @Test
  void flagsSayWhetherAnythingIsLeftEachWay() {
    ListHistory history = new ListHistory();
    history.block(5, 2);
    history.block(9, 2);

    assertThat(AddressPage.before(history, A, 9, 2)).isEqualTo(
        new AddressPage(List.of(history.entry(5, 1), history.entry(5, 0)), false, true));
    assertThat(AddressPage.before(history, A, 0, 2)).isEqualTo(
        new AddressPage(List.of(history.entry(9, 1), history.entry(9, 0)), true, false));
    assertThat(AddressPage.after(history, A, 5, 2)).isEqualTo(
        new AddressPage(List.of(history.entry(9, 1), history.entry(9, 0)), true, false));
    assertThat(AddressPage.after(history, A, 9, 2)).isEqualTo(new AddressPage(List.of(), true, false));
    assertThat(AddressPage.before(history, A, 5, 2)).isEqualTo(new AddressPage(List.of(), false, true));
    assertThat(AddressPage.before(history, A, 0, 10).entries()).hasSize(4);
    assertThat(AddressPage.before(history, A, 0, 10).lastPage()).isTrue();
  }

  /** Entries of {@link #A} only, kept sorted by block and index. */
  private static final class ListHistory implements AddressHistory {
    private final List<Entry> entries = new ArrayList<>();

    void block(long number, int count) {
      for (int i = 0; i < count; i++) {
        entries.add(entry(number, i));
      }
      entries.sort(Comparator.comparingLong(Entry::blockNumber).thenComparingInt(Entry::txIndex));
    }

    Entry entry(long number, int index) {
      byte[] hash = new byte[32];
      hash[0] = (byte) number;
      hash[1] = (byte) index;
      return new Entry(number, index, Hash.wrap(org.peerchain.core.bytes.Bytes.wrap(hash)));
    }

    @Override
    public List<Entry> before(Address address, long beforeBlock, int limit) {
      return entries.stream().filter(e -> e.blockNumber() < beforeBlock)
          .sorted(Comparator.comparingLong(Entry::blockNumber).thenComparingInt(Entry::txIndex).reversed())
          .limit(limit).toList();
    }

    @Override
    public List<Entry> after(Address address, long afterBlock, int limit) {
      return entries.stream().filter(e -> e.blockNumber() > afterBlock).limit(limit).toList();
    }
  }
}
