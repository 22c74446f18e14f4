package org.peerchain.p2p.protocol;

/** Asks which heights' state the peer serves. {@code requestId} is unsigned 64-bit, echoed back. */
public record GetSnapshotHeights(long requestId) implements Message {
  @Override
  public MessageType type() {
    return MessageType.GET_SNAPSHOT_HEIGHTS;
  }
}
