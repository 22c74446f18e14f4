package org.peerchain.core.rlp;

/**
 * The one exception for malformed RLP. Peers send us arbitrary bytes, so every decoding failure
 * must surface as this type (never an index or arithmetic exception) so that the network layer
 * can catch one thing, drop the message and score the peer.
 */
public final class RlpException extends RuntimeException {
  private final int offset;

  /** {@code offset} is the byte position in the decoded input where the problem was found. */
  public RlpException(int offset, String detail) {
    super(detail + " (at byte offset " + offset + ")");
    this.offset = offset;
  }

  /** As above, for a failure found by a nested codec (e.g. a transaction inside a block body). */
  public RlpException(int offset, String detail, Throwable cause) {
    super(detail + " (at byte offset " + offset + ")", cause);
    this.offset = offset;
  }

  /** For codecs built on RLP that reject a well-formed item for a semantic reason. */
  public RlpException(String message) {
    super(message);
    this.offset = -1;
  }

  /** The byte offset into the decoded input, or -1 when the failure is not tied to one. */
  public int offset() {
    return offset;
  }
}
