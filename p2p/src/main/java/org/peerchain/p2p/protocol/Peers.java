package org.peerchain.p2p.protocol;

import java.util.List;
import org.peerchain.p2p.identity.PeerAddress;

/** Addresses of nodes the sender knows, every one with its node id; at most 64. */
public record Peers(List<PeerAddress> addresses) implements Message {
  public Peers {
    addresses = List.copyOf(addresses);
    if (addresses.size() > ProtocolLimits.MAX_PEERS) {
      throw new IllegalArgumentException("at most " + ProtocolLimits.MAX_PEERS + " addresses, got " + addresses.size());
    }
    for (PeerAddress a : addresses) {
      if (a.id().isEmpty()) {
        throw new IllegalArgumentException("a shared address must carry its node id: " + a);
      }
    }
  }

  @Override
  public MessageType type() {
    return MessageType.PEERS;
  }
}
