package org.peerchain.p2p.peers;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.GetPeers;
import org.peerchain.p2p.protocol.Peers;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.session.PeerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Peer exchange. Every new session is asked for the peer's peers, and one random peer again every
 * {@link #REFRESH_INTERVAL}; only the one answer to each question, arriving within
 * {@code answerTimeout}, is used: a late one is ignored, and an unasked one is
 * ignored and costs the sender {@link Penalties#USELESS_RESPONSE}. What an answer names goes to the
 * address book as hearsay from the sender (where {@link AddressBook} rules apply) and is dialed only
 * when the dialer next picks it, never at once. We answer with our connected peers' listen
 * addresses, then tried addresses of the book (never hearsay), never the asker itself; a peer is
 * answered at most once per {@link #MIN_ANSWER_INTERVAL}, more frequent requests are ignored.
 */
public final class PeerExchange {
  private static final Logger LOG = LoggerFactory.getLogger(PeerExchange.class);

  public static final Duration MIN_ANSWER_INTERVAL = Duration.ofSeconds(10);
  /** How often {@link #tick} asks one more connected peer, so that the book keeps learning. */
  public static final Duration REFRESH_INTERVAL = Duration.ofMinutes(1);

  private record Ask(PeerSession session, long deadline) {}

  private final PeerId self;
  private final PeerRegistry peers;
  private final AddressBook book;
  private final LongSupplier nanoTime;
  private final long answerTimeoutNanos;
  private final Penalizer penalizer;
  private final Random random;
  private long lastRefresh;
  // One entry per connected peer at most: removed on answer and by forget().
  private final Map<PeerId, Ask> asked = new ConcurrentHashMap<>();
  private final Map<PeerId, Long> lastAnswer = new ConcurrentHashMap<>();

  public PeerExchange(PeerId self, PeerRegistry peers, AddressBook book, LongSupplier nanoTime, Duration answerTimeout,
      Penalizer penalizer, Random random) {
    this.self = self;
    this.peers = peers;
    this.book = book;
    this.nanoTime = nanoTime;
    this.answerTimeoutNanos = answerTimeout.toNanos();
    this.penalizer = penalizer;
    this.random = random;
    this.lastRefresh = nanoTime.getAsLong();
  }

  public void onConnected(PeerSession session) {
    ask(session);
  }

  /** Every {@link #REFRESH_INTERVAL}, asks one connected peer chosen at random. */
  public synchronized void tick() {
    long now = nanoTime.getAsLong();
    if (now - lastRefresh < REFRESH_INTERVAL.toNanos()) {
      return;
    }
    lastRefresh = now;
    List<PeerSession> sessions = peers.sessions();
    if (!sessions.isEmpty()) {
      ask(sessions.get(random.nextInt(sessions.size())));
    }
  }

  private void ask(PeerSession session) {
    asked.put(session.id(), new Ask(session, nanoTime.getAsLong() + answerTimeoutNanos));
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
    answer.addAll(book.shareable(ProtocolLimits.MAX_PEERS - answer.size(), included::contains));
    from.send(new Peers(answer));
  }

  public void onAnswer(PeerSession from, Peers m) {
    Ask ask = asked.get(from.id());
    if (ask == null || ask.session() != from || !asked.remove(from.id(), ask)) {
      penalizer.penalize(from, Penalties.USELESS_RESPONSE, "Peers that we did not ask for");
      return;
    }
    if (nanoTime.getAsLong() - ask.deadline() > 0) {
      LOG.debug("Ignoring a late Peers answer from {}", from);
      return;
    }
    InetAddress sender = from.connection().remoteIp();
    int learned = 0;
    for (PeerAddress a : m.addresses()) {
      if (!a.id().orElseThrow().equals(self) && book.learn(a, sender)) {
        learned++;
      }
    }
    LOG.debug("Learned {} of {} addresses from {}", learned, m.addresses().size(), from);
  }

  public void forget(PeerId peer) {
    asked.remove(peer);
    lastAnswer.remove(peer);
  }
}
