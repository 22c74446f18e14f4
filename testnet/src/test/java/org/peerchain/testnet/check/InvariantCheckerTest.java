package org.peerchain.testnet.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.testnet.rpc.BlockSummary;

class InvariantCheckerTest {
  static final Map<String, Optional<Integer>> NO_EVIDENCE = Map.of("a", Optional.of(0), "b", Optional.of(0));

  static List<BlockSummary> chain(int length) {
    List<BlockSummary> out = new ArrayList<>();
    for (int h = 0; h < length; h++) {
      out.add(new BlockSummary(h, "0xh" + h, h == 0 ? "0x0" : "0xh" + (h - 1), "0xs" + h, h, List.of("0xtx" + h)));
    }
    return out;
  }

  static List<BlockSummary> replace(List<BlockSummary> chain, int height, BlockSummary block) {
    List<BlockSummary> out = new ArrayList<>(chain);
    out.set(height, block);
    return out;
  }

  static InvariantReport check(List<BlockSummary> a, List<BlockSummary> b, Map<String, Long> receipts) {
    return InvariantChecker.check(List.of(ChainView.of("a", a.size() - 1, a), ChainView.of("b", b.size() - 1, b)), 9,
        receipts, NO_EVIDENCE);
  }

  @Test
  void aHealthyNetworkPasses() {
    InvariantReport r = check(chain(10), chain(10), Map.of("0xtx3", 3L, "0xtx9", 9L));
    assertThat(r.ok()).isTrue();
    assertThat(r.passed()).hasSize(4);
    assertThat(r.notChecked()).isEmpty();
  }

  @Test
  void detectsADifferingHash() {
    List<BlockSummary> b = replace(chain(10), 4, new BlockSummary(4, "0xother", "0xh3", "0xs4", 4, List.of("0xtx4")));
    assertThat(check(chain(10), b, Map.of()).violations()).containsExactly("different blocks at #4: a 0xh4, b 0xother");
  }

  @Test
  void detectsAStateRootMismatch() {
    List<BlockSummary> b = replace(chain(10), 7, new BlockSummary(7, "0xh7", "0xh6", "0xbad", 7, List.of("0xtx7")));
    assertThat(check(chain(10), b, Map.of()).violations())
        .containsExactly("different state roots at #7: a 0xs7, b 0xbad");
  }

  @Test
  void detectsAReceiptedTransferMissingFromTheChain() {
    assertThat(check(chain(10), chain(10), Map.of("0xghost", 5L)).violations())
        .containsExactly("transaction 0xghost got a receipt at #5 but is not in the final chain");
  }

  @Test
  void detectsATransactionTwice() {
    List<BlockSummary> twice = replace(chain(10), 6, new BlockSummary(6, "0xh6", "0xh5", "0xs6", 6, List.of("0xtx2")));
    assertThat(check(twice, twice, Map.of("0xtx2", 2L)).violations())
        .containsExactly("transaction 0xtx2 is in the chain 2 times (at #2, #6)");
  }

  @Test
  void detectsANodeThatDidNotCatchUp() {
    InvariantReport r = check(chain(10), chain(6), Map.of());
    assertThat(r.violations()).containsExactly("b did not reach the common head #9 (it is at #5)");
  }

  @Test
  void evidenceOfDoubleSigningIsAViolationAndAbsentEvidenceIsNotChecked() {
    List<ChainView> views = List.of(ChainView.of("a", 9, chain(10)), ChainView.of("b", 9, chain(10)));
    InvariantReport r = InvariantChecker.check(views, 9, Map.of(), Map.of("a", Optional.of(2), "b", Optional.empty()));
    assertThat(r.violations()).containsExactly("a reports 2 equivocation(s) (a validator double-signed)");
    assertThat(r.notChecked()).containsExactly("double-signing on b (no peerchain_evidence method)");
  }

  @Test
  void manyFindingsAreSummedUp() {
    List<BlockSummary> b = new ArrayList<>();
    for (BlockSummary s : chain(10)) {
      b.add(new BlockSummary(s.number(), s.hash() + "x", s.parentHash(), s.stateRoot(), s.timestamp(), s.txHashes()));
    }
    List<String> v = check(chain(10), b, Map.of()).violations();
    assertThat(v).hasSize(InvariantChecker.MAX_LISTED + 1).last().isEqualTo("... and 5 more findings of blocks");
  }
}
