package org.peerchain.node.p2p.sync;

/** eth_syncing's three numbers: where this sync started, the applied head, the best known peer head. */
public record SyncProgress(long startingBlock, long currentBlock, long highestBlock) {
  public boolean syncing() {
    return currentBlock < highestBlock;
  }
}
