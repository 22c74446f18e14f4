package org.peerchain.storage.chain;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;

/** rlp([number, hash, stateRoot]): the value of the head pointer. */
final class ChainHeadCodec {
  private ChainHeadCodec() {}

  static Bytes encode(ChainHead head) {
    return new RlpWriter().startList()
        .writeLong(head.number()).writeHash(head.hash()).writeHash(head.stateRoot())
        .endList().toBytes();
  }

  static ChainHead decode(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, r -> {
      int at = r.position();
      RlpReader l = r.enterList();
      long number = l.readLong();
      Hash hash = l.readHash();
      Hash stateRoot = l.readHash();
      l.expectEnd();
      try {
        return new ChainHead(number, hash, stateRoot);
      } catch (IllegalArgumentException e) {
        throw new RlpException(at, "invalid head pointer: " + e.getMessage());
      }
    });
  }
}
