package org.peerchain.p2p.protocol;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockCodec;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitCertificateCodec;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;

/**
 * RLP bodies of NewBlock [height, hash], GetBlocks [requestId, from, count] and Blocks
 * [requestId, [[block, certificate], ...]] with Ethereum's block form and our certificate form.
 * Request ids are unsigned 64-bit, kept bit for bit; heights follow {@link Heights}.
 */
final class BlockMessageCodec {
  private BlockMessageCodec() {}

  static void writeNewBlock(RlpWriter w, NewBlock m) {
    w.startList().writeLong(m.height()).writeHash(m.hash()).endList();
  }

  static NewBlock readNewBlock(RlpReader r) {
    RlpReader l = r.enterList();
    NewBlock m = new NewBlock(Heights.read(l), l.readHash());
    l.expectEnd();
    return m;
  }

  static void writeGetBlocks(RlpWriter w, GetBlocks m) {
    w.startList().writeLong(m.requestId()).writeLong(m.from()).writeInt(m.count()).endList();
  }

  static GetBlocks readGetBlocks(RlpReader r) {
    RlpReader l = r.enterList();
    GetBlocks m = new GetBlocks(l.readLong(), Heights.read(l), l.readInt());
    l.expectEnd();
    return m;
  }

  static void writeBlocks(RlpWriter w, Blocks m) {
    w.startList().writeLong(m.requestId()).startList();
    for (BlockWithCertificate b : m.blocks()) {
      w.startList();
      BlockCodec.write(w, b.block());
      CommitCertificateCodec.write(w, b.certificate());
      w.endList();
    }
    w.endList().endList();
  }

  static Blocks readBlocks(RlpReader r) {
    RlpReader l = r.enterList();
    long requestId = l.readLong();
    RlpReader items = l.enterList();
    List<BlockWithCertificate> blocks = new ArrayList<>();
    while (items.hasNext()) {
      if (blocks.size() == ProtocolLimits.MAX_BLOCKS_PER_RESPONSE) {
        throw new RlpException(items.position(), "more than " + ProtocolLimits.MAX_BLOCKS_PER_RESPONSE + " blocks");
      }
      // A copy per block: its transactions keep slices of it, which must not keep the whole frame alive.
      Bytes pair = Bytes.wrap(items.readRaw().toArray());
      blocks.add(RlpReader.decodeSingle(pair, BlockMessageCodec::readPair));
    }
    l.expectEnd();
    return new Blocks(requestId, blocks);
  }

  private static BlockWithCertificate readPair(RlpReader r) {
    RlpReader pair = r.enterList();
    Block block = BlockCodec.read(pair);
    CommitCertificate cert = CommitCertificateCodec.read(pair);
    pair.expectEnd();
    return new BlockWithCertificate(block, cert);
  }
}
