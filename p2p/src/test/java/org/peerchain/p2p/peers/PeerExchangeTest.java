package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.FakeIds.fake;
import static org.peerchain.p2p.P2pFixtures.id;

import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
import org.peerchain.p2p.transport.ConnectionInfo;

class PeerExchangeTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private final AtomicLong now = new AtomicLong();
  private final AtomicLong clock = new AtomicLong(1000);
  private final PeerRegistry registry = new PeerRegistry(id(1), 10, 5);
  private final AddressBook book = new AddressBook(id(1), 1000, clock::get);
  private final List<String> penalties = new ArrayList<>();
  private final PeerExchange exchange = new PeerExchange(id(1), registry, book, now::get, TIMEOUT,
      (s, points, why) -> penalties.add(s.id().shortId() + " " + points + " " + why), new Random(5));

  private PeerSession admit(int key, Optional<PeerAddress> listen) throws Exception {
    return admit(key, listen, "127.0.0.1");
  }

  private PeerSession admit(int key, Optional<PeerAddress> listen, String remoteIp) throws Exception {
    EmbeddedChannel ch = new EmbeddedChannel(FrameEncoder.INSTANCE);
    ConnectionInfo info = new ConnectionInfo(id(key), false, Optional.empty(), new InetSocketAddress(remoteIp, 40000));
    PeerSession s = new PeerSession(ch, info, false, listen, 0, Hash.ZERO, 16);
    registry.admit(s);
    return s;
  }

  private static List<Message> written(PeerSession s) {
    return P2pFixtures.written((EmbeddedChannel) s.channel());
  }

  private static Peers peers(int from, int count, String prefix) {
    List<PeerAddress> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(PeerAddress.of(fake(from + i), prefix + (i / 200) + "." + (i % 200 + 1), 30303));
    }
    return new Peers(list);
  }

  @Test
  void asksEveryNewPeer() throws Exception {
    PeerSession s = admit(2, Optional.empty());
    exchange.onConnected(s);
    assertThat(written(s)).containsExactly(new GetPeers());
  }

  @Test
  void answersWithConnectedPeersThenTriedAddressesButNeverTheAskerHearsayOrTooOften() throws Exception {
    PeerAddress asker = PeerAddress.of(id(2), "10.0.0.2", 1);
    PeerAddress other = PeerAddress.of(id(3), "10.0.0.3", 3);
    PeerAddress known = PeerAddress.of(id(4), "10.0.0.4", 4);
    PeerAddress hearsay = PeerAddress.of(id(6), "10.0.0.6", 6);
    PeerSession s = admit(2, Optional.of(asker));
    admit(3, Optional.of(other));
    admit(5, Optional.empty());
    book.markSeen(known);
    book.markSeen(asker);
    book.learn(hearsay, AddressBookTest.ip("10.0.0.99"));
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
  void learnsTheOneAnswerItAskedForButNotItself() throws Exception {
    PeerSession s = admit(2, Optional.empty());
    exchange.onConnected(s);
    exchange.onAnswer(s, new Peers(List.of(PeerAddress.of(id(1), "10.0.0.1", 1), PeerAddress.of(id(6), "10.0.0.6", 6))));
    assertThat(book.entries()).extracting(e -> e.address().id().orElseThrow()).containsExactly(id(6));
    assertThat(book.get(id(6)).orElseThrow().tried()).isFalse();
    assertThat(penalties).isEmpty();
    // A second answer to the same question is unsolicited.
    exchange.onAnswer(s, new Peers(List.of(PeerAddress.of(id(7), "10.0.0.7", 7))));
    assertThat(book.get(id(7))).isEmpty();
    assertThat(penalties).hasSize(1);
  }

  @Test
  void unsolicitedAnswersAreIgnoredAndCostTheSender() throws Exception {
    // The observed attack: 50 unsolicited Peers messages full of fake addresses.
    PeerSession attacker = admit(2, Optional.empty(), "66.6.6.6");
    for (int i = 0; i < 50; i++) {
      exchange.onAnswer(attacker, peers(1000 + 64 * i, 64, "44." + i + "."));
    }
    assertThat(book.size()).isZero();
    assertThat(penalties).hasSize(50).allMatch(p -> p.contains(" " + Penalties.USELESS_RESPONSE + " "));
  }

  @Test
  void aLateAnswerIsIgnoredWithoutPenalty() throws Exception {
    PeerSession s = admit(2, Optional.empty());
    exchange.onConnected(s);
    now.addAndGet(TIMEOUT.toNanos() + 1);
    exchange.onAnswer(s, new Peers(List.of(PeerAddress.of(id(6), "10.0.0.6", 6))));
    assertThat(book.size()).isZero();
    assertThat(penalties).isEmpty();
  }

  @Test
  void aRemotePeerCannotPointUsAtLoopbackOrOurLan() throws Exception {
    PeerSession remote = admit(2, Optional.empty(), "66.6.6.6");
    exchange.onConnected(remote);
    exchange.onAnswer(remote, new Peers(List.of(PeerAddress.of(id(6), "127.0.0.1", 6), PeerAddress.of(id(7), "10.0.0.7", 7),
        PeerAddress.of(id(8), "192.168.1.8", 8), PeerAddress.of(id(9), "9.9.9.9", 9))));
    assertThat(book.entries()).extracting(e -> e.address().id().orElseThrow()).containsExactly(id(9));
  }

  @Test
  void oneAnswerPerConnectionBoundsWhatOneAttackerLeavesInTheBook() throws Exception {
    // Reconnecting again and again, from one address, each time answering with fresh fake nodes.
    for (int i = 0; i < 50; i++) {
      PeerSession attacker = admit(100 + i, Optional.empty(), "66.6.6.6");
      exchange.onConnected(attacker);
      exchange.onAnswer(attacker, peers(1000 + 64 * i, 64, "44." + i + "."));
      attacker.channel().close();
      exchange.forget(attacker.id());
    }
    assertThat(book.size()).isEqualTo(AddressBook.Limits.of(1000).perSource());
  }

  @Test
  void asksOneRandomPeerAgainEveryRefreshIntervalAndTakesItsAnswer() throws Exception {
    PeerSession a = admit(2, Optional.empty());
    PeerSession b = admit(3, Optional.empty());
    now.addAndGet(PeerExchange.REFRESH_INTERVAL.toNanos() - 1);
    exchange.tick();
    assertThat(written(a)).isEmpty();
    assertThat(written(b)).isEmpty();
    now.addAndGet(1);
    exchange.tick();
    List<Message> toA = written(a);
    List<Message> toB = written(b);
    assertThat(toA.size() + toB.size()).isEqualTo(1);
    PeerSession asked = toA.isEmpty() ? b : a;
    exchange.onAnswer(asked, new Peers(List.of(PeerAddress.of(id(6), "10.0.0.6", 6))));
    assertThat(book.get(id(6))).isPresent();
    assertThat(penalties).isEmpty();
  }
}
