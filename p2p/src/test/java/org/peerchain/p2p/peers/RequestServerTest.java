package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.HeldWrites;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.peers.RequestServer.Kind;
import org.peerchain.p2p.session.OutboundLimits;
import org.peerchain.p2p.session.PeerSession;

class RequestServerTest {
  private final AtomicLong now = new AtomicLong();
  private final HeldWrites held = new HeldWrites();
  private final EmbeddedChannel ch = new EmbeddedChannel(held);
  private final PeerSession peer = session(ch, new OutboundLimits(1000, 100, 10_000));
  private final AtomicInteger built = new AtomicInteger();

  private static PeerSession session(EmbeddedChannel ch, OutboundLimits limits) {
    ch.freezeTime();
    return new PeerSession(ch, P2pFixtures.connection(P2pFixtures.id(2), false), false, Optional.empty(), 0, Hash.ZERO,
        limits);
  }

  private RequestServer server(Executor executor, long bytesPerSecond) {
    return new RequestServer(executor, now::get, bytesPerSecond, Map.of(Kind.BLOCKS, 2, Kind.TXS, 3, Kind.SNAP, 2), 1 << 20);
  }

  /** An answer of {@code frames} frames of {@code size} bytes, counting the frames built. */
  private Supplier<Iterator<byte[]>> answer(int frames, int size) {
    return () -> new Iterator<>() {
      int left = frames;

      @Override
      public boolean hasNext() {
        return left > 0;
      }

      @Override
      public byte[] next() {
        left--;
        built.incrementAndGet();
        return new byte[size];
      }
    };
  }

  private void advance(long millis) {
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    ch.advanceTimeBy(millis, TimeUnit.MILLISECONDS);
    ch.runScheduledPendingTasks();
  }

  @Test
  void answersAreBuiltOnTheServingExecutorNotTheCallersThread() {
    List<Runnable> tasks = new ArrayList<>();
    RequestServer server = server(tasks::add, 1 << 20);
    assertThat(server.submit(peer, Kind.BLOCKS, answer(1, 10))).isTrue();
    assertThat(built).hasValue(0);
    assertThat(held.held()).isZero();
    tasks.remove(0).run();
    assertThat(built).hasValue(1);
    assertThat(held.bytes()).isEqualTo(10);
  }

  @Test
  void aPeerThatDoesNotReadHoldsOneFrameAndIsRefusedPastItsLimit() {
    RequestServer server = server(Runnable::run, 1 << 20);
    assertThat(server.submit(peer, Kind.BLOCKS, answer(2, 40))).isTrue();
    assertThat(server.submit(peer, Kind.BLOCKS, answer(1, 40))).isTrue();
    assertThat(server.submit(peer, Kind.BLOCKS, answer(1, 40))).isFalse();
    // Only the first frame of the first answer exists: the next is built once it is written.
    assertThat(built).hasValue(1);
    assertThat(peer.queuedBytes()).isEqualTo(40);
    assertThat(server.outstanding(peer, Kind.BLOCKS)).isEqualTo(2);
    // Kinds are counted apart.
    assertThat(server.submit(peer, Kind.TXS, answer(1, 5))).isTrue();

    held.completeAll();
    assertThat(built).hasValue(2);
    held.completeAll();
    // The first answer is done once its last frame is written.
    assertThat(server.outstanding(peer, Kind.BLOCKS)).isEqualTo(1);
    assertThat(server.submit(peer, Kind.BLOCKS, answer(1, 40))).isTrue();
    for (int i = 0; i < 3; i++) {
      held.completeAll();
    }
    assertThat(server.outstanding(peer, Kind.BLOCKS)).isZero();
    assertThat(server.outstanding(peer, Kind.TXS)).isZero();
    assertThat(held.bytes()).isEqualTo(40 * 4 + 5);
  }

  @Test
  void servingWaitsWhileThePeerIsBehindOnReading() {
    RequestServer server = server(Runnable::run, 1 << 20);
    peer.sendFrame(new byte[150], false);
    assertThat(peer.congested()).isTrue();
    server.submit(peer, Kind.BLOCKS, answer(1, 10));
    advance(RequestServer.RECHECK.toMillis());
    assertThat(built).hasValue(0);
    held.completeAll();
    assertThat(peer.congested()).isFalse();
    advance(RequestServer.RECHECK.toMillis());
    assertThat(built).hasValue(1);
    assertThat(held.held()).isEqualTo(1);
  }

  @Test
  void anAnswerFrameThatWouldPassTheHardLimitWaitsInsteadOfDroppingThePeer() {
    RequestServer server = server(Runnable::run, 1 << 20);
    peer.sendFrame(new byte[99], false);
    server.submit(peer, Kind.BLOCKS, answer(1, 9950));
    assertThat(built).hasValue(1);
    assertThat(ch.isActive()).isTrue();
    assertThat(peer.queuedBytes()).isEqualTo(99);
    held.completeAll();
    advance(RequestServer.RECHECK.toMillis());
    assertThat(peer.queuedBytes()).isEqualTo(9950);
    assertThat(built).hasValue(1);
  }

  @Test
  void servingKeepsToThePeersByteRate() {
    EmbeddedChannel open = new EmbeddedChannel();
    PeerSession reader = session(open, new OutboundLimits(1000, 100_000, 200_000));
    RequestServer server = new RequestServer(Runnable::run, now::get, 1000, Map.of(Kind.BLOCKS, 5, Kind.TXS, 1, Kind.SNAP, 1),
        1 << 20);
    for (int i = 0; i < 3; i++) {
      server.submit(reader, Kind.BLOCKS, answer(1, 800));
    }
    // 1000 bytes of budget: the first answer leaves 200, the second goes into debt, the third waits.
    assertThat(built).hasValue(2);
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(600));
    open.advanceTimeBy(600, TimeUnit.MILLISECONDS);
    open.runScheduledPendingTasks();
    assertThat(built).hasValue(2);
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));
    open.advanceTimeBy(100, TimeUnit.MILLISECONDS);
    open.runScheduledPendingTasks();
    assertThat(built).hasValue(3);
  }

  @Test
  void noAnswerIsBuiltWhileTheSharedLimitOfUnwrittenAnswersIsReached() {
    RequestServer server = new RequestServer(Runnable::run, now::get, 1 << 20, Map.of(Kind.BLOCKS, 2, Kind.TXS, 1, Kind.SNAP, 1),
        100);
    HeldWrites otherHeld = new HeldWrites();
    EmbeddedChannel otherCh = new EmbeddedChannel(otherHeld);
    PeerSession other = session(otherCh, new OutboundLimits(1000, 1000, 10_000));
    // Below the limit an answer goes, even one that takes the total past it.
    server.submit(peer, Kind.BLOCKS, answer(1, 150));
    assertThat(server.unwrittenBytes()).isEqualTo(150);
    server.submit(other, Kind.BLOCKS, answer(1, 60));
    // The other peer's answer is not even built: waiting costs no memory.
    assertThat(built).hasValue(1);
    assertThat(otherHeld.held()).isZero();
    held.completeAll();
    assertThat(server.unwrittenBytes()).isZero();
    otherCh.advanceTimeBy(RequestServer.RECHECK.toMillis(), TimeUnit.MILLISECONDS);
    otherCh.runScheduledPendingTasks();
    assertThat(built).hasValue(2);
    assertThat(otherHeld.bytes()).isEqualTo(60);
    assertThat(server.unwrittenBytes()).isEqualTo(60);
    otherHeld.completeAll();
    assertThat(server.unwrittenBytes()).isZero();
  }

  @Test
  void aClosedConnectionForgetsItsRequests() {
    RequestServer server = server(Runnable::run, 1 << 20);
    server.submit(peer, Kind.BLOCKS, answer(3, 10));
    server.submit(peer, Kind.BLOCKS, answer(1, 10));
    ch.close();
    held.failAll(new IOException("closed"));
    assertThat(server.outstanding(peer, Kind.BLOCKS)).isZero();
    assertThat(peer.queuedBytes()).isZero();
    assertThat(built).hasValue(1);
  }

  @Test
  void aFailingAnswerEndsThatRequestOnly() {
    RequestServer server = server(Runnable::run, 1 << 20);
    server.submit(peer, Kind.BLOCKS, () -> {
      throw new IllegalStateException("bug");
    });
    server.submit(peer, Kind.BLOCKS, answer(1, 10));
    assertThat(built).hasValue(1);
    held.completeAll();
    assertThat(server.outstanding(peer, Kind.BLOCKS)).isZero();
  }
}
