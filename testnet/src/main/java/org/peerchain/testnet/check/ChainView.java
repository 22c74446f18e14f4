package org.peerchain.testnet.check;

import java.util.List;
import org.peerchain.testnet.rpc.BlockSummary;

/** One node's chain as the invariant checker reads it: blocks from genesis, in height order. */
public interface ChainView {
  String name();

  long head();

  /** Blocks 0..n with consecutive heights (n at most the head). */
  List<BlockSummary> blocks();

  static ChainView of(String name, long head, List<BlockSummary> blocks) {
    List<BlockSummary> copy = List.copyOf(blocks);
    return new ChainView() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public long head() {
        return head;
      }

      @Override
      public List<BlockSummary> blocks() {
        return copy;
      }
    };
  }
}
