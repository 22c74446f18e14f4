package org.peerchain.storage.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;

class StateJournalTest {
  @Property(tries = 50)
  void encodesAsTheRlpListOfItsHashesAndDecodesBack(@ForAll @IntRange(max = 300) int count, @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<Hash> hashes = new ArrayList<>();
    RlpWriter reference = new RlpWriter().startList();
    for (int i = 0; i < count; i++) {
      byte[] raw = new byte[Hash.SIZE];
      random.nextBytes(raw);
      hashes.add(Hash.wrap(raw));
      reference.writeHash(hashes.get(i));
    }
    Bytes encoded = StateJournal.encode(hashes);
    assertThat(encoded).isEqualTo(reference.endList().toBytes());
    assertThat(StateJournal.decode(encoded)).isEqualTo(hashes);
  }

  @Test
  void rejectsAnEntryThatIsNotAListOfHashes() {
    assertThatThrownBy(() -> StateJournal.decode(Bytes.of(0xc1, 0x01))).isInstanceOf(RlpException.class);
    assertThatThrownBy(() -> StateJournal.decode(Bytes.of(0x80))).isInstanceOf(RlpException.class);
  }
}
