package org.peerchain.p2p.protocol;

import java.util.Objects;
import org.peerchain.core.bytes.Bytes;

/** One consensus message (proposal or vote) as ConsensusMessageCodec encodes it, opaque to the network. */
public record Consensus(Bytes payload) implements Message {
  public Consensus {
    Objects.requireNonNull(payload, "payload");
    if (payload.isEmpty()) {
      throw new IllegalArgumentException("consensus payload is empty");
    }
  }

  @Override
  public MessageType type() {
    return MessageType.CONSENSUS;
  }
}
