package org.peerchain.p2p.protocol;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockCodec;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitCertificateCodec;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;

/**
 * RLP bodies of NewBlock [height, hash], GetBlocks [requestId, from, count] and Blocks
 * [requestId, [[block, certificate], ...]] with Ethereum's block form and our certificate form.
 */
final class BlockMessageCodec {
  private BlockMessageCodec() {}

  static void writeNewBlock(RlpWriter w, NewBlock m) {
    w.startList().writeLong(m.height()).writeHash(m.hash()).endList();
  }

  static NewBlock readNewBlock(RlpReader r) {
    RlpReader l = r.enterList();
    NewBlock m = new NewBlock(l.readLong(), l.readHash());
    l.expectEnd();
    return m;
  }

  static void writeGetBlocks(RlpWriter w, GetBlocks m) {
    w.startList().writeLong(m.requestId()).writeLong(m.from()).writeInt(m.count()).endList();
  }

  static GetBlocks readGetBlocks(RlpReader r) {
    RlpReader l = r.enterList();
    GetBlocks m = new GetBlocks(l.readLong(), l.readLong(), l.readInt());
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
      RlpReader pair = items.enterList();
      Block block = BlockCodec.read(pair);
      CommitCertificate cert = CommitCertificateCodec.read(pair);
      pair.expectEnd();
      blocks.add(new BlockWithCertificate(block, cert));
    }
    l.expectEnd();
    return new Blocks(requestId, blocks);
  }
}
