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
   * Ignores locks and valid values: prevotes every proposal it sees to everyone, precommits it to a
   * single peer (so that one peer alone may finalize it), and always proposes a fresh block. The
   * behaviour that exposes a missing lock check.
   */
  AGGRESSIVE
}
