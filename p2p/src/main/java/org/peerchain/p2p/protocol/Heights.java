package org.peerchain.p2p.protocol;

import org.peerchain.core.rlp.RlpReader;

/**
 * Heights are unsigned 64-bit on the wire but a Java long holds chain heights only up to 2^63-1.
 * A height of 2^63 or more is read as {@link Long#MAX_VALUE}: beyond any chain that can exist, so
 * it is answered like any height above our head and never wraps to a negative number.
 */
final class Heights {
  private Heights() {}

  static long read(RlpReader r) {
    long bits = r.readLong();
    return bits < 0 ? Long.MAX_VALUE : bits;
  }
}
