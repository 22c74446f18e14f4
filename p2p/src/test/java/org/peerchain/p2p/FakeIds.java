package org.peerchain.p2p;

import org.peerchain.p2p.identity.PeerId;

/** Node ids that no key stands behind, cheap to make by the thousand (peer lists carry ids unchecked). */
public final class FakeIds {
  private FakeIds() {}

  public static PeerId fake(int n) {
    return PeerId.fromHex(String.format("%0128x", 0xfa0000L + n));
  }
}
