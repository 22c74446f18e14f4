package org.peerchain.p2p.protocol;

import java.util.List;
import org.peerchain.core.types.Hash;

/** Announces transactions by hash; a peer that lacks some asks with GetTxs. */
public record NewTxHashes(List<Hash> hashes) implements Message {
  public NewTxHashes {
    hashes = HashLists.checked(hashes, ProtocolLimits.MAX_HASHES);
  }

  @Override
  public MessageType type() {
    return MessageType.NEW_TX_HASHES;
  }
}
