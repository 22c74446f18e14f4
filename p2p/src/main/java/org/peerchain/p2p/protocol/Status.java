package org.peerchain.p2p.protocol;

import java.util.Objects;
import org.peerchain.core.types.Hash;

/**
 * The handshake: both sides send it first. {@code listenPort} is where the sender accepts
 * connections (0 = it does not), so that peer exchange can hand out its address. {@code chainId} is
 * unsigned 64-bit in the long's bits: an id of 2^63 or more is negative here and matches no chain
 * of ours. On the wire a version above 2^31-1 decodes as {@link Integer#MAX_VALUE} and a head of
 * 2^63 or more as {@link Long#MAX_VALUE}: neither is a value we can share.
 *
 * <p>{@code earliest} (from version 3) is the lowest height from which the sender holds every
 * block up to its head: 1 for a node that synced from genesis, the pivot for one that joined by snap
 * sync. A peer is not asked for blocks below it, and an empty answer for them is no fault
 * (docs/protocol.md §6.4). Older versions hold all their blocks: their Status has no such item and
 * reads as 1.
 */
public record Status(int protocolVersion, long chainId, Hash genesisHash, long headHeight, Hash headHash, int listenPort,
    long earliest) implements Message {
  /** The first version whose Status carries {@code earliest}. */
  public static final int EARLIEST_SINCE = 3;

  public Status {
    Objects.requireNonNull(genesisHash, "genesisHash");
    Objects.requireNonNull(headHash, "headHash");
    if (protocolVersion < 0 || headHeight < 0) {
      throw new IllegalArgumentException("status fields must not be negative");
    }
    if (earliest < 1) {
      throw new IllegalArgumentException("earliest must be at least 1, got " + earliest);
    }
    if (protocolVersion < EARLIEST_SINCE && earliest != 1) {
      throw new IllegalArgumentException("a Status of version " + protocolVersion + " cannot carry earliest " + earliest);
    }
    if (listenPort < 0 || listenPort > 65535) {
      throw new IllegalArgumentException("listen port must be in 0..65535, got " + listenPort);
    }
  }

  /** A node that holds every block from 1 on. */
  public Status(int protocolVersion, long chainId, Hash genesisHash, long headHeight, Hash headHash, int listenPort) {
    this(protocolVersion, chainId, genesisHash, headHeight, headHash, listenPort, 1);
  }

  /** Whether this Status's version carries {@code earliest} on the wire. */
  public boolean carriesEarliest() {
    return protocolVersion >= EARLIEST_SINCE;
  }

  @Override
  public MessageType type() {
    return MessageType.STATUS;
  }
}
