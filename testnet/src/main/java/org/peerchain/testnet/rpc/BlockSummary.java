package org.peerchain.testnet.rpc;

import java.util.List;

/**
 * What the testnet compares of a block: its identity, its state root and its transactions' hashes
 * (lower-case 0x hex, as nodes print them).
 */
public record BlockSummary(long number, String hash, String parentHash, String stateRoot, long timestamp,
    List<String> txHashes) {
  public BlockSummary {
    txHashes = List.copyOf(txHashes);
  }
}
