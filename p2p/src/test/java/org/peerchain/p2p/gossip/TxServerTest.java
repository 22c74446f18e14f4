package org.peerchain.p2p.gossip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.FakeChain;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.GetTxs;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.Txs;

class TxServerTest {
  private final FakeChain chain = new FakeChain();
  private final List<Hash> sent = new ArrayList<>();
  private final TxServer server = new TxServer(chain, (peer, h) -> sent.add(h));
  private final PeerId peer = P2pFixtures.id(2);

  private static List<Message> frames(Iterator<byte[]> answer) {
    List<Message> out = new ArrayList<>();
    answer.forEachRemaining(f -> out.add(P2pFixtures.decodeFrame(f)));
    return out;
  }

  @Test
  void servesPooledTransactionsSkippingUnknownHashes() {
    Transaction tx = FakeChain.tx(0);
    Transaction other = FakeChain.tx(1);
    chain.pool.put(tx.hash(), tx);
    assertThat(frames(server.answer(peer, new GetTxs(List.of(tx.hash(), other.hash())))))
        .containsExactly(new Txs(List.of(tx)));
    assertThat(sent).containsExactly(tx.hash());
    assertThat(frames(server.answer(peer, new GetTxs(List.of(other.hash()))))).isEmpty();
  }

  @Test
  void splitsAnswersIntoTxsMessagesOfAtMostTwoMebibytes() {
    List<Hash> asked = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Transaction tx = FakeChain.tx(i, 100_000);
      chain.pool.put(tx.hash(), tx);
      asked.add(tx.hash());
    }
    List<Message> answer = frames(server.answer(peer, new GetTxs(asked)));
    assertThat(answer).hasSizeGreaterThan(1);
    int total = 0;
    for (Message m : answer) {
      long bytes = ((Txs) m).transactions().stream().mapToLong(t -> TransactionEncoder.encode(t).size()).sum();
      assertThat(bytes).isLessThanOrEqualTo(ProtocolLimits.MAX_TXS_BYTES);
      total += ((Txs) m).transactions().size();
    }
    assertThat(total).isEqualTo(40);
  }

  @Test
  void framesAreBuiltOnlyWhenAsked() {
    List<Hash> asked = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Transaction tx = FakeChain.tx(i, 100_000);
      chain.pool.put(tx.hash(), tx);
      asked.add(tx.hash());
    }
    Iterator<byte[]> answer = server.answer(peer, new GetTxs(asked));
    // Transactions leaving the pool meanwhile are still answered from the lookup: no frame exists yet to hold them.
    chain.pool.clear();
    assertThat(frames(answer)).hasSize(2);
  }

  @Test
  void aTransactionTooLargeForAnyTxsMessageIsLeftOut() {
    Transaction huge = FakeChain.tx(0, ProtocolLimits.MAX_TXS_BYTES);
    chain.pool.put(huge.hash(), huge);
    assertThat(frames(server.answer(peer, new GetTxs(List.of(huge.hash()))))).isEmpty();
    assertThat(sent).isEmpty();
  }
}
