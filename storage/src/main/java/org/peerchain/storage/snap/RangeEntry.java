package org.peerchain.storage.snap;

import java.util.Objects;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/** One account of a range: its key in the state trie (keccak of the address) and its leaf (RLP). */
public record RangeEntry(Hash keyHash, Bytes accountRlp) {
  public RangeEntry {
    Objects.requireNonNull(keyHash, "keyHash");
    Objects.requireNonNull(accountRlp, "accountRlp");
  }

  /** What the entry costs against a byte budget: its key and its leaf. */
  public int size() {
    return Hash.SIZE + accountRlp.size();
  }
}
