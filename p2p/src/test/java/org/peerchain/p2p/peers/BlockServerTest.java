package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.p2p.FakeChain;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.Blocks;
import org.peerchain.p2p.protocol.GetBlocks;
import org.peerchain.p2p.protocol.Message;

class BlockServerTest {
  private final FakeChain chain = new FakeChain().withBlocks(5);

  private static List<Message> frames(Iterator<byte[]> answer) {
    List<Message> out = new ArrayList<>();
    answer.forEachRemaining(f -> out.add(P2pFixtures.decodeFrame(f)));
    return out;
  }

  @Test
  void capsAnswersByCountAndBytes() {
    // Past the first block the byte limit of 1 stops it.
    assertThat(frames(new BlockServer(chain, 1).answer(new GetBlocks(9, 1, 5))))
        .containsExactly(new Blocks(9, chain.blocks(1, 1)));
    assertThat(frames(new BlockServer(chain, 1 << 20).answer(new GetBlocks(10, 4, 100))))
        .containsExactly(new Blocks(10, chain.blocks(4, 2)));
  }

  @Test
  void aRangeAboveTheHeadIsAnsweredEmptyWithoutReadingTheChain() {
    List<Long> reads = new ArrayList<>();
    FakeChain counting = new FakeChain() {
      @Override
      public List<BlockWithCertificate> blocks(long from, int count) {
        reads.add(from);
        return super.blocks(from, count);
      }
    }.withBlocks(3);
    BlockServer server = new BlockServer(counting, 1 << 20);
    assertThat(frames(server.answer(new GetBlocks(-1, Long.MAX_VALUE, 128))))
        .containsExactly(new Blocks(-1, List.of()));
    assertThat(frames(server.answer(new GetBlocks(2, 4, 1)))).containsExactly(new Blocks(2, List.of()));
    assertThat(reads).isEmpty();
    assertThat(frames(server.answer(new GetBlocks(3, 3, 128)))).containsExactly(new Blocks(3, counting.blocks(3, 1)));
  }

  @Test
  void aFailingChainReadIsAnsweredEmpty() {
    FakeChain broken = new FakeChain() {
      @Override
      public List<BlockWithCertificate> blocks(long from, int count) {
        throw new IllegalStateException("disk gone");
      }
    }.withBlocks(3);
    assertThat(frames(new BlockServer(broken, 1 << 20).answer(new GetBlocks(1, 1, 2))))
        .containsExactly(new Blocks(1, List.of()));
  }
}
