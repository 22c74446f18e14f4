package org.peerchain.p2p.protocol;

import java.util.List;
import org.peerchain.core.types.Hash;

final class HashLists {
  private HashLists() {}

  static List<Hash> checked(List<Hash> hashes, int max) {
    List<Hash> copy = List.copyOf(hashes);
    if (copy.isEmpty() || copy.size() > max) {
      throw new IllegalArgumentException("a hash list holds 1 to " + max + " hashes, got " + copy.size());
    }
    return copy;
  }
}
