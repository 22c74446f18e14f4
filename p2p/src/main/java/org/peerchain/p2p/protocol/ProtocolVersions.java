package org.peerchain.p2p.protocol;

import java.util.OptionalInt;

/**
 * Which protocol versions talk to each other. A session runs at the lower of the two versions the
 * sides announce in Status, provided that is at least {@link #OLDEST}: a version 3 node serves
 * and syncs from version 2 peers with the version 2 messages, and never sends them a message
 * of a later version (docs/protocol.md §4.1).
 */
public final class ProtocolVersions {
  /** The version this code speaks: 3 adds the snapshot messages. */
  public static final int CURRENT = 3;
  /** The oldest version a session may run at. */
  public static final int OLDEST = 2;

  private ProtocolVersions() {}

  /** The version a session between the two runs at, or empty when they cannot talk. */
  public static OptionalInt agree(int ours, int theirs) {
    int v = Math.min(ours, theirs);
    return v >= OLDEST ? OptionalInt.of(v) : OptionalInt.empty();
  }
}
