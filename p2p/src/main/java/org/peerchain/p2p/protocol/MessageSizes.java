package org.peerchain.p2p.protocol;

import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;

/**
 * The largest frame payload (type byte and body) each message type can have within the limits of
 * docs/protocol.md §5 and §6.3, so a frame that cannot be valid is refused from its first five
 * bytes instead of being buffered whole. Bounds are generous on RLP headers: only content counts.
 */
public final class MessageSizes {
  // A prefix byte and up to four length bytes: any item shorter than 4 GiB.
  private static final int HEADER = 5;
  // A canonical integer of up to 8 bytes with its prefix.
  private static final int INTEGER = 9;
  private static final int HASH = 33;

  private MessageSizes() {}

  public static int maxPayloadBytes(MessageType type) {
    long body = switch (type) {
      case STATUS -> list(4 * INTEGER + 2 * HASH);
      case DISCONNECT -> list(INTEGER + HEADER + ProtocolLimits.MAX_DISCONNECT_TEXT_BYTES);
      case PING, PONG, GET_PEERS -> list(0);
      case PEERS -> list((long) ProtocolLimits.MAX_PEERS
          * list(HEADER + PeerId.SIZE + HEADER + PeerAddress.MAX_HOST_LENGTH + INTEGER));
      case NEW_TX_HASHES -> list((long) ProtocolLimits.MAX_HASHES * HASH);
      case GET_TXS -> list((long) ProtocolLimits.MAX_TX_REQUEST * HASH);
      case TXS -> list((long) ProtocolLimits.MAX_TXS * HEADER + ProtocolLimits.MAX_TXS_BYTES);
      case NEW_BLOCK -> list(INTEGER + HASH);
      case GET_BLOCKS -> list(3 * INTEGER);
      case GET_SNAPSHOT_HEIGHTS -> list(INTEGER);
      case SNAPSHOT_HEIGHTS -> list(INTEGER + list((long) ProtocolLimits.MAX_SNAPSHOT_HEIGHTS
          * list(INTEGER + 2 * HASH)));
      case GET_ACCOUNT_RANGE -> list(2 * INTEGER + 3 * HASH);
      case ACCOUNT_RANGE -> list(INTEGER
          + list((long) ProtocolLimits.MAX_RANGE_ACCOUNTS * list(HASH + HEADER + ProtocolLimits.MAX_ACCOUNT_BYTES))
          + list((long) ProtocolLimits.MAX_PROOF_NODES * (HEADER + ProtocolLimits.MAX_PROOF_NODE_BYTES)));
      // Bounded by the frame limit only: a block may be as large as its gas limit allows.
      case BLOCKS, CONSENSUS -> ProtocolLimits.MAX_FRAME_BYTES;
    };
    return (int) Math.min(1 + body, ProtocolLimits.MAX_FRAME_BYTES);
  }

  private static long list(long payload) {
    return HEADER + payload;
  }
}
