package org.peerchain.p2p.peers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.peerchain.core.block.BlockCodec;
import org.peerchain.core.block.CommitCertificateCodec;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.Blocks;
import org.peerchain.p2p.protocol.GetBlocks;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the answer to GetBlocks: at most {@link ProtocolLimits#MAX_BLOCKS_PER_RESPONSE} blocks
 * and, past the first block, at most {@code maxBytes} of blocks and certificates. A range that
 * starts above our head (including heights of 2^63 and more, read as {@link Long#MAX_VALUE}) is
 * answered with no blocks without reading the chain. Runs on the serving executor
 * ({@link RequestServer}), never on an I/O thread.
 */
public final class BlockServer {
  private static final Logger LOG = LoggerFactory.getLogger(BlockServer.class);

  private final ChainStatus chain;
  private final int maxBytes;

  public BlockServer(ChainStatus chain, int maxBytes) {
    this.chain = chain;
    this.maxBytes = maxBytes;
  }

  /** The answer's one frame, built when the serving loop asks for it. */
  public Iterator<byte[]> answer(GetBlocks m) {
    return List.of(frame(m)).iterator();
  }

  byte[] frame(GetBlocks m) {
    byte[] frame = MessageCodec.encodeFrame(new Blocks(m.requestId(), blocks(m))).toArray();
    if (frame.length - 4 > ProtocolLimits.MAX_FRAME_BYTES) {
      // Only a first block too large for any frame gets here: say we have none rather than nothing.
      LOG.error("Block {} does not fit a frame ({} bytes); answering with no blocks", m.from(), frame.length);
      frame = MessageCodec.encodeFrame(new Blocks(m.requestId(), List.of())).toArray();
    }
    return frame;
  }

  private List<BlockWithCertificate> blocks(GetBlocks m) {
    if (m.from() > chain.headHeight()) {
      return List.of();
    }
    List<BlockWithCertificate> found;
    try {
      found = chain.blocks(m.from(), m.count());
    } catch (RuntimeException e) {
      LOG.error("Reading blocks {}+{} failed", m.from(), m.count(), e);
      return List.of();
    }
    List<BlockWithCertificate> answer = new ArrayList<>();
    long bytes = 0;
    for (BlockWithCertificate b : found) {
      if (answer.size() == m.count()) {
        break;
      }
      long size = BlockCodec.encode(b.block()).size() + CommitCertificateCodec.encode(b.certificate()).size();
      if (!answer.isEmpty() && bytes + size > maxBytes) {
        break;
      }
      answer.add(b);
      bytes += size;
    }
    return answer;
  }
}
