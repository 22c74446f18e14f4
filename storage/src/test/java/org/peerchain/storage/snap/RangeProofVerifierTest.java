package org.peerchain.storage.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.state.StateUnavailableException;
import org.peerchain.storage.trie.MerklePatriciaTrie;

/** The named edge cases of account range proofs. */
class RangeProofVerifierTest {
  private final TreeMap<Hash, Bytes> model = new TreeMap<>();
  private KeyValueStore store;
  private Hash root;
  private AccountRangeReader reader;

  @BeforeEach
  void state() {
    for (int i = 0; i < 200; i++) {
      model.put(Keccak.hash(Bytes.of(i)), Bytes.wrap(("account " + i).getBytes(StandardCharsets.UTF_8)));
    }
    store = SnapStates.newStore();
    root = SnapStates.store(store, model);
    reader = new AccountRangeReader(store);
  }

  private Hash key(int index) {
    return new ArrayList<>(model.keySet()).get(index);
  }

  @Test
  void theWholeStateInOneRangeIsComplete() {
    AccountRange range = reader.read(root, SnapStates.ZERO, SnapStates.MAX, Integer.MAX_VALUE);

    assertThat(range.entries()).hasSize(200);
    assertThat(RangeProofVerifier.verify(root, SnapStates.ZERO, SnapStates.MAX, range).more()).isFalse();
  }

  @Test
  void aBudgetCutsTheRangeAndLeavesMore() {
    AccountRange range = reader.read(root, SnapStates.ZERO, SnapStates.MAX, 500);

    assertThat(range.entries()).hasSizeBetween(2, 20);
    assertThat(RangeProofVerifier.verify(root, SnapStates.ZERO, SnapStates.MAX, range).more()).isTrue();
  }

  @Test
  void aTinyBudgetStillServesOneAccount() {
    AccountRange range = reader.read(root, key(10), SnapStates.MAX, 1);

    assertThat(range.entries()).extracting(RangeEntry::keyHash).containsExactly(key(10));
    assertThat(RangeProofVerifier.verify(root, key(10), SnapStates.MAX, range).more()).isTrue();
  }

  @Test
  void aSingleAccountRangeStartingAtItsKeyIsComplete() {
    AccountRange range = reader.read(root, key(50), key(50), Integer.MAX_VALUE);

    assertThat(range.entries()).extracting(RangeEntry::keyHash).containsExactly(key(50));
    assertThat(RangeProofVerifier.verify(root, key(50), key(50), range).more()).isFalse();
  }

  @Test
  void anEmptyRangeBetweenTwoAccountsProvesEmpty() {
    Hash start = SnapStates.next(key(70));
    Hash limit = SnapStates.previous(key(71));
    AccountRange range = reader.read(root, start, limit, Integer.MAX_VALUE);

    assertThat(range.entries()).isEmpty();
    assertThat(RangeProofVerifier.verify(root, start, limit, range).more()).isFalse();
  }

  @Test
  void anEmptyAnswerWhereTheProofShowsAccountsIsRejected() {
    AccountRange range = reader.read(root, key(70), key(75), Integer.MAX_VALUE);
    AccountRange emptied = new AccountRange(List.of(), range.proof());

    assertThatThrownBy(() -> RangeProofVerifier.verify(root, key(70), key(75), emptied))
        .isInstanceOf(InvalidRangeProofException.class)
        .hasMessageContaining("omits");
  }

  @Test
  void theRangeReachingTheEndOfTheKeySpaceIsComplete() {
    AccountRange range = reader.read(root, key(190), SnapStates.MAX, Integer.MAX_VALUE);

    assertThat(range.entries()).hasSize(10);
    assertThat(RangeProofVerifier.verify(root, key(190), SnapStates.MAX, range).more()).isFalse();
  }

  @Test
  void aLimitBelowTheLastAccountStopsTheRange() {
    AccountRange range = reader.read(root, key(20), SnapStates.previous(key(30)), Integer.MAX_VALUE);

    assertThat(range.entries()).hasSize(10);
    assertThat(RangeProofVerifier.verify(root, key(20), SnapStates.previous(key(30)), range).more()).isFalse();
  }

  @Test
  void anAccountBeyondTheLimitIsRejected() {
    AccountRange range = reader.read(root, key(20), key(30), Integer.MAX_VALUE);

    assertThatThrownBy(() -> RangeProofVerifier.verify(root, key(20), key(29), range))
        .isInstanceOf(InvalidRangeProofException.class)
        .hasMessageContaining("outside");
  }

  @Test
  void aRangeWithoutTheStartProofIsRejected() {
    Hash start = SnapStates.next(key(19));
    AccountRange range = reader.read(root, start, key(30), Integer.MAX_VALUE);
    AccountRange withoutProof = new AccountRange(range.entries(), List.of());

    assertThatThrownBy(() -> RangeProofVerifier.verify(root, start, key(30), withoutProof))
        .isInstanceOf(InvalidRangeProofException.class)
        .hasMessageContaining("lacks node");
  }

  @Test
  void aGapIsRejected() {
    AccountRange range = reader.read(root, key(20), key(30), Integer.MAX_VALUE);
    List<RangeEntry> gap = new ArrayList<>(range.entries());
    gap.remove(5);

    assertThatThrownBy(() -> RangeProofVerifier.verify(root, key(20), key(30), new AccountRange(gap, range.proof())))
        .isInstanceOf(InvalidRangeProofException.class);
  }

  @Test
  void theEmptyStateHasNoAccounts() {
    Hash empty = MerklePatriciaTrie.EMPTY_TRIE_ROOT;
    AccountRange range = reader.read(empty, SnapStates.ZERO, SnapStates.MAX, 100);

    assertThat(range.entries()).isEmpty();
    assertThat(RangeProofVerifier.verify(empty, SnapStates.ZERO, SnapStates.MAX, range).more()).isFalse();
    AccountRange claimed = new AccountRange(List.of(new RangeEntry(key(0), Bytes.of(1))), List.of());
    assertThatThrownBy(() -> RangeProofVerifier.verify(empty, SnapStates.ZERO, SnapStates.MAX, claimed))
        .isInstanceOf(InvalidRangeProofException.class);
  }

  @Test
  void aStartAboveTheLimitIsRejected() {
    AccountRange range = new AccountRange(List.of(), List.of());

    assertThatThrownBy(() -> RangeProofVerifier.verify(root, key(5), key(4), range))
        .isInstanceOf(InvalidRangeProofException.class);
    assertThatThrownBy(() -> reader.read(root, key(5), key(4), 100)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownRootIsUnavailable() {
    assertThatThrownBy(() -> reader.read(Keccak.hash(Bytes.of(1, 2, 3)), SnapStates.ZERO, SnapStates.MAX, 100))
        .isInstanceOf(StateUnavailableException.class);
  }
}
