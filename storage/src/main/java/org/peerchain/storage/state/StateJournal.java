package org.peerchain.storage.state;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpHeaders;
import org.peerchain.core.types.Hash;

/**
 * A block's entry in {@link org.peerchain.storage.schema.Schema#STATE_JOURNAL}: the stored trie
 * nodes the block removed from the state, as rlp([hash, ...]). Their references are released only
 * when the state before the block leaves the retention window.
 */
final class StateJournal {
  private StateJournal() {}

  private static final int ITEM_SIZE = 1 + Hash.SIZE;

  static Bytes encode(List<Hash> replaced) {
    // Tens of thousands of hashes per block: written straight into an exactly sized array.
    int payload = replaced.size() * ITEM_SIZE;
    byte[] out = new byte[RlpHeaders.size(payload) + payload];
    int at = RlpHeaders.put(out, 0, RlpHeaders.LIST, payload);
    for (Hash hash : replaced) {
      out[at++] = (byte) (RlpHeaders.STRING + Hash.SIZE);
      hash.bytes().copyTo(out, at);
      at += Hash.SIZE;
    }
    return Bytes.wrap(out);
  }

  static List<Hash> decode(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, reader -> {
      RlpReader items = reader.enterList();
      List<Hash> hashes = new ArrayList<>();
      while (items.hasNext()) {
        hashes.add(items.readHash());
      }
      return hashes;
    });
  }
}
