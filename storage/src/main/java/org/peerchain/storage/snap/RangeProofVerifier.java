package org.peerchain.storage.snap;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.trie.InvalidProofException;
import org.peerchain.storage.trie.RangeProof;

/**
 * The client's check of an {@link AccountRange} answering a request for {@code [start, limit]}
 * of a state root: the entries must be every account from {@code start} up to the last entry,
 * none outside {@code [start, limit]}, each unchanged, in strictly ascending order, and the proof
 * must link them to the root. An empty range must prove that no account lies in
 * {@code [start, limit]}.
 */
public final class RangeProofVerifier {
  /**
   * {@code more}: accounts may follow the last entry up to the limit, so the caller asks again
   * from just after it; false when the range {@code [start, limit]} is complete.
   */
  public record RangeCheck(boolean more) {}

  private RangeProofVerifier() {}

  /** @throws InvalidRangeProofException with the reason, when the range does not prove */
  public static RangeCheck verify(Hash stateRoot, Hash start, Hash limit, AccountRange range) {
    List<Bytes> keys = new ArrayList<>(range.entries().size());
    List<Bytes> values = new ArrayList<>(range.entries().size());
    for (RangeEntry entry : range.entries()) {
      keys.add(entry.keyHash().bytes());
      values.add(entry.accountRlp());
    }
    try {
      return new RangeCheck(RangeProof.verify(stateRoot, start.bytes(), limit.bytes(), keys, values, range.proof()));
    } catch (InvalidProofException e) {
      throw new InvalidRangeProofException(e.getMessage(), e);
    }
  }
}
