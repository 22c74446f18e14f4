package org.peerchain.p2p.peers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.protocol.AccountRange;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.GetAccountRange;
import org.peerchain.p2p.protocol.GetSnapshotHeights;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.ProtocolException;
import org.peerchain.p2p.protocol.ProtocolVersions;
import org.peerchain.p2p.protocol.SnapshotHeight;
import org.peerchain.p2p.protocol.SnapshotHeights;
import org.peerchain.p2p.session.PeerSession;

/**
 * Our snapshot requests and their answers, matched by request id and peer. An answer of the wrong
 * kind for its id, or accounts below the asked start, break the protocol (the connection is
 * dropped); an answer nobody asked for costs a little; no answer within the timeout costs
 * {@link Penalties#TIMEOUT}. Whether a range's proof holds is not checked here: the network knows
 * no tries, the syncing node does and charges the peer itself.
 */
public final class SnapRequests {
  private record Pending(PeerSession peer, GetAccountRange range, CompletableFuture<Object> result) {}

  private final Duration timeout;
  private final Penalizer penalizer;
  private final AtomicLong nextId = new AtomicLong();
  private final Map<Long, Pending> pending = new ConcurrentHashMap<>();

  public SnapRequests(Duration timeout, Penalizer penalizer) {
    this.timeout = timeout;
    this.penalizer = penalizer;
  }

  public CompletableFuture<List<SnapshotHeight>> heights(PeerSession peer) {
    long id = nextId.incrementAndGet();
    return send(peer, id, new GetSnapshotHeights(id), null).thenApply(r -> ((SnapshotHeights) r).heights());
  }

  /** Completes with the peer's answer, possibly {@link AccountRange#unavailable()}. */
  public CompletableFuture<AccountRange> range(PeerSession peer, Hash root, Hash start, Hash limit, int byteBudget) {
    long id = nextId.incrementAndGet();
    GetAccountRange request;
    try {
      request = new GetAccountRange(id, root, start, limit, byteBudget);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    return send(peer, id, request, request).thenApply(r -> (AccountRange) r);
  }

  private CompletableFuture<Object> send(PeerSession peer, long id, Message request, GetAccountRange range) {
    if (peer.protocolVersion() < ProtocolVersions.CURRENT) {
      return CompletableFuture.failedFuture(new IllegalStateException("peer " + peer + " speaks protocol version "
          + peer.protocolVersion() + ", without snapshots"));
    }
    CompletableFuture<Object> result = new CompletableFuture<>();
    pending.put(id, new Pending(peer, range, result));
    if (!peer.send(request)) {
      pending.remove(id);
      return CompletableFuture.failedFuture(new IllegalStateException("peer " + peer + " is not connected"));
    }
    peer.channel().eventLoop().schedule(() -> expire(id), timeout.toNanos(), TimeUnit.NANOSECONDS);
    return result;
  }

  private void expire(long id) {
    Pending p = pending.remove(id);
    if (p != null) {
      penalizer.penalize(p.peer(), Penalties.TIMEOUT, "no snapshot answer within " + timeout);
      p.result().completeExceptionally(new TimeoutException("peer " + p.peer() + " did not answer in " + timeout));
    }
  }

  public void onHeights(PeerSession from, SnapshotHeights m) {
    Pending p = claim(from, m.requestId());
    if (p == null) {
      return;
    }
    if (p.range() != null) {
      fail(p, "SnapshotHeights answering a GetAccountRange");
    }
    p.result().complete(m);
  }

  /** @throws ProtocolException when the answer holds accounts below the asked start */
  public void onRange(PeerSession from, AccountRange m) {
    Pending p = claim(from, m.requestId());
    if (p == null) {
      return;
    }
    if (p.range() == null) {
      fail(p, "AccountRange answering a GetSnapshotHeights");
    }
    if (!m.accounts().isEmpty() && m.accounts().get(0).accountHash().compareTo(p.range().startHash()) < 0) {
      fail(p, "an account below the asked start " + p.range().startHash());
    }
    p.result().complete(m);
  }

  private Pending claim(PeerSession from, long requestId) {
    Pending p = pending.get(requestId);
    if (p == null || p.peer() != from) {
      penalizer.penalize(from, Penalties.USELESS_RESPONSE, "unsolicited snapshot answer " + Long.toUnsignedString(requestId));
      return null;
    }
    pending.remove(requestId);
    return p;
  }

  private static void fail(Pending p, String problem) {
    ProtocolException e = new ProtocolException(DisconnectReason.BAD_BEHAVIOUR, "invalid snapshot answer: " + problem);
    p.result().completeExceptionally(e);
    throw e;
  }

  /** Fails what a disconnected peer still owed. */
  public void peerGone(PeerSession peer) {
    pending.entrySet().removeIf(e -> {
      if (e.getValue().peer() == peer) {
        e.getValue().result().completeExceptionally(new IllegalStateException("peer " + peer + " disconnected"));
        return true;
      }
      return false;
    });
  }
}
