package org.peerchain.storage.snap;

import java.util.List;
import org.peerchain.core.bytes.Bytes;

/**
 * The accounts of one state root from a start key on, in ascending key order, with the trie nodes
 * that prove them: the paths to the start key and to the last entry, and to the limit when the
 * range reaches it (see {@link RangeProofVerifier}).
 */
public record AccountRange(List<RangeEntry> entries, List<Bytes> proof) {
  public AccountRange {
    entries = List.copyOf(entries);
    proof = List.copyOf(proof);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Bytes of the entries and proof nodes, as a transfer would count them. */
  public long byteSize() {
    long size = 0;
    for (RangeEntry entry : entries) {
      size += entry.size();
    }
    for (Bytes node : proof) {
      size += node.size();
    }
    return size;
  }
}
