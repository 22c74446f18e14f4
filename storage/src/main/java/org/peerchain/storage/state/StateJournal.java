package org.peerchain.storage.state;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;

/**
 * A block's entry in {@link org.peerchain.storage.schema.Schema#STATE_JOURNAL}: the stored trie
 * nodes the block removed from the state, as rlp([hash, ...]). Their references are released only
 * when the state before the block leaves the retention window.
 */
final class StateJournal {
  private StateJournal() {}

  static Bytes encode(List<Hash> replaced) {
    RlpWriter writer = new RlpWriter().startList();
    replaced.forEach(writer::writeHash);
    return writer.endList().toBytes();
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
