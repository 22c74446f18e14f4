package org.peerchain.p2p.protocol;

import java.util.Objects;
import org.peerchain.core.types.Hash;

/**
 * The handshake: both sides send it first. {@code listenPort} is where the sender accepts
 * connections (0 = it does not), so that peer exchange can hand out its address. {@code chainId} is
 * unsigned 64-bit in the long's bits: an id of 2^63 or more is negative here and matches no chain
 * of ours. On the wire a version above 2^31-1 decodes as {@link Integer#MAX_VALUE} and a head of
 * 2^63 or more as {@link Long#MAX_VALUE}: neither is a value we can share.
 */
public record Status(int protocolVersion, long chainId, Hash genesisHash, long headHeight, Hash headHash, int listenPort)
    implements Message {
  public Status {
    Objects.requireNonNull(genesisHash, "genesisHash");
    Objects.requireNonNull(headHash, "headHash");
    if (protocolVersion < 0 || headHeight < 0) {
      throw new IllegalArgumentException("status fields must not be negative");
    }
    if (listenPort < 0 || listenPort > 65535) {
      throw new IllegalArgumentException("listen port must be in 0..65535, got " + listenPort);
    }
  }

  @Override
  public MessageType type() {
    return MessageType.STATUS;
  }
}
