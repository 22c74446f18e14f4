package org.peerchain.p2p.peers;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.block.BlockCodec;
import org.peerchain.core.block.CommitCertificateCodec;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.Blocks;
import org.peerchain.p2p.protocol.GetBlocks;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.session.PeerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers GetBlocks with at most {@link ProtocolLimits#MAX_BLOCKS_PER_RESPONSE} blocks and,
 * past the first block, at most {@link ProtocolLimits#MAX_BLOCKS_RESPONSE_BYTES} bytes.
 */
public final class BlockServer {
  private static final Logger LOG = LoggerFactory.getLogger(BlockServer.class);

  private final ChainStatus chain;
  private final int maxBytes;

  public BlockServer(ChainStatus chain, int maxBytes) {
    this.chain = chain;
    this.maxBytes = maxBytes;
  }

  public void onRequest(PeerSession from, GetBlocks m) {
    List<BlockWithCertificate> found;
    try {
      found = chain.blocks(m.from(), m.count());
    } catch (RuntimeException e) {
      LOG.error("Reading blocks {}+{} for peer {} failed", m.from(), m.count(), from, e);
      found = List.of();
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
    from.send(new Blocks(m.requestId(), answer));
  }
}
