package org.peerchain.p2p.peers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.GetPeers;
import org.peerchain.p2p.protocol.Peers;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.session.PeerSession;

/**
 * Peer exchange: every new session asks for the peer's peers; answers hold our connected peers'
 * listen addresses, then the best of the address book, never the asker itself. A peer is answered
 * at most once per {@link #MIN_ANSWER_INTERVAL}; more frequent requests are ignored. An answer with
 * nodes we did not know runs {@code learned} (the network dials at once rather than at its next tick).
 */
public final class PeerExchange {
  public static final Duration MIN_ANSWER_INTERVAL = Duration.ofSeconds(10);

  private final PeerId self;
  private final PeerRegistry peers;
  private final AddressBook book;
  private final LongSupplier nanoTime;
  private final Runnable learned;
  private final Map<PeerId, Long> lastAnswer = new ConcurrentHashMap<>();

  public PeerExchange(PeerId self, PeerRegistry peers, AddressBook book, LongSupplier nanoTime, Runnable learned) {
    this.self = self;
    this.peers = peers;
    this.book = book;
    this.nanoTime = nanoTime;
    this.learned = learned;
  }

  public void onConnected(PeerSession session) {
    session.send(new GetPeers());
  }

  public void onRequest(PeerSession from) {
    long now = nanoTime.getAsLong();
    Long last = lastAnswer.get(from.id());
    if (last != null && now - last < MIN_ANSWER_INTERVAL.toNanos()) {
      return;
    }
    lastAnswer.put(from.id(), now);
    List<PeerAddress> answer = new ArrayList<>();
    Set<PeerId> included = new HashSet<>();
    included.add(from.id());
    for (PeerSession s : peers.sessions()) {
      if (answer.size() < ProtocolLimits.MAX_PEERS && s.listenAddress().isPresent() && included.add(s.id())) {
        answer.add(s.listenAddress().get());
      }
    }
    for (PeerAddress a : book.best(ProtocolLimits.MAX_PEERS, included::contains)) {
      if (answer.size() == ProtocolLimits.MAX_PEERS) {
        break;
      }
      answer.add(a);
    }
    from.send(new Peers(answer));
  }

  public void onAnswer(PeerSession from, Peers m) {
    boolean news = false;
    for (PeerAddress a : m.addresses()) {
      if (!a.id().orElseThrow().equals(self) && book.add(a)) {
        news = true;
      }
    }
    if (news) {
      learned.run();
    }
  }

  public void forget(PeerId peer) {
    lastAnswer.remove(peer);
  }
}
