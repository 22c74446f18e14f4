package org.peerchain.p2p.protocol;

import java.util.List;
import org.peerchain.core.types.Hash;

/** Asks for pooled transactions by hash; answered with Txs holding the ones the peer has. */
public record GetTxs(List<Hash> hashes) implements Message {
  public GetTxs {
    hashes = HashLists.checked(hashes, ProtocolLimits.MAX_TX_REQUEST);
  }

  @Override
  public MessageType type() {
    return MessageType.GET_TXS;
  }
}
