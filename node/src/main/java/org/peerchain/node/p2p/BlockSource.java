package org.peerchain.node.p2p;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where block sync fetches finalized blocks: the connected peers. {@link P2pNetwork} is one. */
public interface BlockSource {
  /** The connected peers with the heads they announced. */
  List<PeerInfo> peers();

  /** At most 128 blocks from {@code from}; a prefix of the range, possibly empty. */
  CompletableFuture<List<BlockWithCertificate>> requestBlocks(PeerId peer, long from, int count);

  void penalize(PeerId peer, int points, String why);
}
