package org.peerchain.consensus.sim;

/** How a byzantine validator misbehaves. Its engine runs as usual; the harness bends what leaves it. */
enum Behavior {
  /** Sends nothing. */
  SILENT,
  /** Sends each message to some peers and a conflicting, also signed, twin to the others. */
  EQUIVOCATE,
  /** Proposes blocks that honest nodes find invalid. */
  INVALID_BLOCKS,
  /**
   * Ignores locks and valid values: prevotes and precommits every proposal it sees, to a random half
   * of the peers, and always proposes a fresh block. The behaviour that exposes a missing lock check.
   */
  AGGRESSIVE
}
