package org.peerchain.node.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.peerchain.node.p2p.Await;
import org.peerchain.node.p2p.BlockSource;
import org.peerchain.node.p2p.BlockWithCertificate;
import org.peerchain.node.p2p.FakeChain;
import org.peerchain.node.p2p.PeerId;
import org.peerchain.node.p2p.PeerInfo;
import org.peerchain.node.p2p.TestNodes;
import org.peerchain.node.p2p.TestNodes.Node;

/** A fresh node catches up with two peers over real connections, fetching from both. */
class BlockSyncOverNetworkTest {
  @Test
  void aFreshNodeDownloadsFromBothPeers() throws Exception {
    FakeChain full = new FakeChain().withBlocks(300);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try (TestNodes nodes = new TestNodes()) {
      Node b = nodes.start(2, full, cfg -> cfg);
      FakeChain copy = new FakeChain();
      copy.chain.addAll(full.chain);
      Node c = nodes.start(3, copy, cfg -> cfg);
      Node a = nodes.start(1, cfg -> cfg.bootnodes(List.of(b.address(), c.address())));
      Await.until("a connected to both", () -> a.network().peerCount() == 2);

      Map<PeerId, Integer> served = new ConcurrentHashMap<>();
      BlockSource counting = new BlockSource() {
        @Override
        public List<PeerInfo> peers() {
          return a.network().peers();
        }

        @Override
        public CompletableFuture<List<BlockWithCertificate>> requestBlocks(PeerId peer, long from, int count) {
          served.merge(peer, 1, Integer::sum);
          return a.network().requestBlocks(peer, from, count);
        }

        @Override
        public void penalize(PeerId peer, int points, String why) {
          a.network().penalize(peer, points, why);
        }
      };
      BlockSyncTest.Sink sink = new BlockSyncTest.Sink();
      BlockSync sync = new BlockSync(counting, sink, thread, 20, 2, 8);
      assertThat(sync.start().get(20, TimeUnit.SECONDS)).isEqualTo(300);
      assertThat(sink.applied).isEqualTo(full.chain);
      assertThat(served).containsKeys(b.id(), c.id());
      assertThat(sync.progress()).isEqualTo(new SyncProgress(0, 300, 300));
      assertThat(sync.progress().syncing()).isFalse();
    } finally {
      thread.shutdownNow();
    }
  }
}
