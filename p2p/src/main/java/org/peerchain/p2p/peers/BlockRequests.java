package org.peerchain.p2p.peers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.Blocks;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.GetBlocks;
import org.peerchain.p2p.protocol.ProtocolException;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.session.PeerSession;

/**
 * Our GetBlocks requests and their answers, matched by request id. An answer must be a prefix of
 * the asked range whose certificates name their blocks; anything else fails the request and drops
 * the peer. No answer within the timeout fails the request and costs the peer points. A peer is
 * never asked for blocks below the earliest it announced, and an empty answer costs it points only
 * when it announced it holds the first block asked: a node that joined by snap sync is honest in
 * answering nothing for the heights below its pivot.
 */
public final class BlockRequests {
  private record Pending(PeerSession peer, long from, int count, CompletableFuture<List<BlockWithCertificate>> result) {}

  private final Duration timeout;
  private final Penalizer penalizer;
  private final AtomicLong nextId = new AtomicLong();
  private final Map<Long, Pending> pending = new ConcurrentHashMap<>();

  public BlockRequests(Duration timeout, Penalizer penalizer) {
    this.timeout = timeout;
    this.penalizer = penalizer;
  }

  public CompletableFuture<List<BlockWithCertificate>> request(PeerSession peer, long from, int count) {
    if (from < 1 || count < 1 || count > ProtocolLimits.MAX_BLOCKS_PER_RESPONSE) {
      return CompletableFuture.failedFuture(new IllegalArgumentException(
          "blocks are requested from height 1 in ranges of 1.." + ProtocolLimits.MAX_BLOCKS_PER_RESPONSE));
    }
    if (from < peer.earliest()) {
      return CompletableFuture.failedFuture(new IllegalArgumentException(
          "peer " + peer + " holds blocks from " + peer.earliest() + " only, not from " + from));
    }
    long id = nextId.incrementAndGet();
    CompletableFuture<List<BlockWithCertificate>> result = new CompletableFuture<>();
    pending.put(id, new Pending(peer, from, count, result));
    if (!peer.send(new GetBlocks(id, from, count))) {
      pending.remove(id);
      return CompletableFuture.failedFuture(new IllegalStateException("peer " + peer + " is not connected"));
    }
    peer.channel().eventLoop().schedule(() -> expire(id), timeout.toNanos(), TimeUnit.NANOSECONDS);
    return result;
  }

  private void expire(long id) {
    Pending p = pending.remove(id);
    if (p != null) {
      penalizer.penalize(p.peer(), Penalties.TIMEOUT, "no Blocks answer within " + timeout);
      p.result().completeExceptionally(new TimeoutException("peer " + p.peer() + " did not answer GetBlocks in " + timeout));
    }
  }

  /** @throws ProtocolException when the answer is not a valid prefix of the asked range */
  public void onBlocks(PeerSession from, Blocks m) {
    Pending p = pending.get(m.requestId());
    if (p == null || p.peer() != from) {
      penalizer.penalize(from, Penalties.USELESS_RESPONSE, "unsolicited Blocks " + m.requestId());
      return;
    }
    pending.remove(m.requestId());
    String problem = check(p, m.blocks());
    if (problem != null) {
      ProtocolException e = new ProtocolException(DisconnectReason.BAD_BEHAVIOUR, "invalid Blocks answer: " + problem);
      p.result().completeExceptionally(e);
      throw e;
    }
    if (m.blocks().isEmpty() && from.holds(p.from())) {
      penalizer.penalize(from, Penalties.USELESS_RESPONSE, "no blocks from " + p.from() + ", which it announced it holds");
    }
    p.result().complete(m.blocks());
  }

  private static String check(Pending p, List<BlockWithCertificate> blocks) {
    if (blocks.size() > p.count()) {
      return blocks.size() + " blocks for a request of " + p.count();
    }
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i).block();
      CommitCertificate cert = blocks.get(i).certificate();
      long expected = p.from() + i;
      if (block.number() != expected) {
        return "block " + i + " has height " + block.number() + ", expected " + expected;
      }
      if (cert.height() != block.number() || !cert.blockHash().equals(block.hash())) {
        return "the certificate of block " + expected + " is for another block";
      }
    }
    return null;
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
