package org.peerchain.p2p.protocol;

import java.util.Objects;
import org.peerchain.core.types.Hash;

/**
 * Asks for the accounts of the state trie {@code root} whose hashed keys lie in
 * {@code [startHash, limitHash]}, in key order, with a Merkle proof of the range's edges; the
 * answer stops once it holds about {@code byteBudget} bytes of accounts (the answerer caps the
 * budget at {@link ProtocolLimits#MAX_ACCOUNT_RANGE_BYTES}).
 */
public record GetAccountRange(long requestId, Hash root, Hash startHash, Hash limitHash, int byteBudget)
    implements Message {
  public GetAccountRange {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(startHash, "startHash");
    Objects.requireNonNull(limitHash, "limitHash");
    if (startHash.compareTo(limitHash) > 0) {
      throw new IllegalArgumentException("the range's start " + startHash + " is above its limit " + limitHash);
    }
    if (byteBudget < 1) {
      throw new IllegalArgumentException("the byte budget must be at least 1, got " + byteBudget);
    }
  }

  @Override
  public MessageType type() {
    return MessageType.GET_ACCOUNT_RANGE;
  }
}
