package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.HeldWrites;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.peers.RequestServer.Kind;
import org.peerchain.p2p.session.OutboundLimits;
import org.peerchain.p2p.session.PeerSession;

/**
 * Whatever a peer asks and however its writes end, the bytes we count as queued for it are exactly
 * the bytes its channel still holds, requests stay within their limits, and nothing is left
 * counted once the connection is gone.
 */
class RequestServerPropertyTest {
  private static final int LIMIT = 3;

  @Provide
  Arbitrary<List<Integer>> actions() {
    return Arbitraries.integers().between(0, 9).list().ofMaxSize(60);
  }

  @Property(tries = 300)
  void queuedBytesMatchWhatTheChannelHolds(@ForAll("actions") List<Integer> actions) {
    AtomicLong now = new AtomicLong();
    HeldWrites held = new HeldWrites();
    EmbeddedChannel ch = new EmbeddedChannel(held);
    ch.freezeTime();
    PeerSession peer = new PeerSession(ch, P2pFixtures.connection(P2pFixtures.id(2), false), false, Optional.empty(),
        0, Hash.ZERO, new OutboundLimits(100, 300, 1000));
    RequestServer server = new RequestServer(Runnable::run, now::get, 2000,
        Map.of(Kind.BLOCKS, LIMIT, Kind.TXS, LIMIT, Kind.SNAP, LIMIT), 600);
    for (int a : actions) {
      switch (a) {
        case 0, 1, 2 -> server.submit(peer, Kind.BLOCKS, frames(1 + a, 100 + 50 * a));
        case 3 -> server.submit(peer, Kind.TXS, frames(2, 250));
        case 4 -> peer.sendFrame(new byte[120], true);
        case 5 -> peer.sendFrame(new byte[90], false);
        case 6, 7 -> held.completeAll();
        case 8 -> held.failAll(new IOException("reset"));
        default -> {
          now.addAndGet(TimeUnit.MILLISECONDS.toNanos(200));
          ch.advanceTimeBy(200, TimeUnit.MILLISECONDS);
          ch.runScheduledPendingTasks();
        }
      }
      assertThat(peer.queuedBytes()).isEqualTo(held.heldBytes());
      assertThat(peer.queuedBytes()).isLessThanOrEqualTo(peer.limits().hardBytes());
      assertThat(server.unwrittenBytes()).isBetween(0L, peer.queuedBytes());
      assertThat(server.outstanding(peer, Kind.BLOCKS)).isBetween(0, LIMIT);
      assertThat(server.outstanding(peer, Kind.TXS)).isBetween(0, LIMIT);
    }
    ch.close();
    held.failAll(new IOException("closed"));
    ch.runScheduledPendingTasks();
    assertThat(peer.queuedBytes()).isZero();
    assertThat(server.unwrittenBytes()).isZero();
    assertThat(server.outstanding(peer, Kind.BLOCKS)).isZero();
  }

  private static Supplier<Iterator<byte[]>> frames(int count, int size) {
    return () -> Stream.generate(() -> new byte[size]).limit(count).iterator();
  }
}
