package org.peerchain.core.block;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;

/** Ethereum's block form: rlp([header, transactions, ommers]) with ommers always empty. */
public final class BlockCodec {
  private BlockCodec() {}

  public static Bytes encode(Block block) {
    RlpWriter w = new RlpWriter();
    write(w, block);
    return w.toBytes();
  }

  public static void write(RlpWriter w, Block block) {
    w.startList();
    BlockHeaderCodec.write(w, block.header());
    BlockBodyCodec.writeFields(w, block.body());
    w.endList();
  }

  public static Block decode(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, BlockCodec::read);
  }

  public static Block read(RlpReader r) {
    RlpReader l = r.enterList();
    BlockHeader header = BlockHeaderCodec.read(l);
    BlockBody body = BlockBodyCodec.readFields(l);
    l.expectEnd();
    return new Block(header, body);
  }
}
