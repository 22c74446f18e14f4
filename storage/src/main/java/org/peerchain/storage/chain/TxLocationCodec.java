package org.peerchain.storage.chain;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;

/** rlp([blockHash, blockNumber, index]): the value of the transaction index. */
public final class TxLocationCodec {
  private TxLocationCodec() {}

  public static Bytes encode(TxLocation location) {
    return new RlpWriter().startList()
        .writeHash(location.blockHash()).writeLong(location.blockNumber()).writeInt(location.index())
        .endList().toBytes();
  }

  public static TxLocation decode(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, r -> {
      int at = r.position();
      RlpReader l = r.enterList();
      Hash hash = l.readHash();
      long number = l.readLong();
      int index = l.readInt();
      l.expectEnd();
      try {
        return new TxLocation(hash, number, index);
      } catch (IllegalArgumentException e) {
        throw new RlpException(at, "invalid transaction location: " + e.getMessage());
      }
    });
  }
}
