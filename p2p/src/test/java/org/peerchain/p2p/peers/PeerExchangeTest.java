package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.P2pFixtures.id;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.protocol.FrameEncoder;
import org.peerchain.p2p.protocol.GetPeers;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.Peers;
import org.peerchain.p2p.session.PeerSession;

class PeerExchangeTest {
  private final AtomicLong now = new AtomicLong();
  private final PeerRegistry registry = new PeerRegistry(id(1), 10, 5);
  private final AddressBook book = new AddressBook(id(1), 10, now::get);
  private final AtomicInteger learned = new AtomicInteger();
  private final PeerExchange exchange = new PeerExchange(id(1), registry, book, now::get, learned::incrementAndGet);

  private PeerSession admit(int key, Optional<PeerAddress> listen) throws Exception {
    EmbeddedChannel ch = new EmbeddedChannel(FrameEncoder.INSTANCE);
    PeerSession s = new PeerSession(ch, P2pFixtures.connection(id(key), false), false, listen, 0, Hash.ZERO, 16);
    registry.admit(s);
    return s;
  }

  private static List<Message> written(PeerSession s) {
    return P2pFixtures.written((EmbeddedChannel) s.channel());
  }

  @Test
  void asksEveryNewPeer() throws Exception {
    PeerSession s = admit(2, Optional.empty());
    exchange.onConnected(s);
    assertThat(written(s)).containsExactly(new GetPeers());
  }

  @Test
  void answersWithConnectedPeersThenTheBookButNeverTheAskerAndAtMostEveryTenSeconds() throws Exception {
    PeerAddress asker = PeerAddress.of(id(2), "10.0.0.2", 1);
    PeerAddress other = PeerAddress.of(id(3), "10.0.0.3", 3);
    PeerAddress known = PeerAddress.of(id(4), "10.0.0.4", 4);
    PeerSession s = admit(2, Optional.of(asker));
    admit(3, Optional.of(other));
    admit(5, Optional.empty());
    book.add(known);
    book.add(asker);
    exchange.onRequest(s);
    assertThat(written(s)).containsExactly(new Peers(List.of(other, known)));
    now.addAndGet(9_000_000_000L);
    exchange.onRequest(s);
    assertThat(written(s)).isEmpty();
    now.addAndGet(1_000_000_000L);
    exchange.onRequest(s);
    assertThat(written(s)).hasSize(1);
  }

  @Test
  void learnsAnswersButNotItself() throws Exception {
    PeerSession s = admit(2, Optional.empty());
    exchange.onAnswer(s, new Peers(List.of(PeerAddress.of(id(1), "10.0.0.1", 1), PeerAddress.of(id(6), "10.0.0.6", 6))));
    assertThat(book.entries()).extracting(e -> e.address().id().orElseThrow()).containsExactly(id(6));
    assertThat(learned).hasValue(1);
    // Nothing new: no extra dial round.
    exchange.onAnswer(s, new Peers(List.of(PeerAddress.of(id(6), "10.0.0.6", 6))));
    assertThat(learned).hasValue(1);
  }
}
