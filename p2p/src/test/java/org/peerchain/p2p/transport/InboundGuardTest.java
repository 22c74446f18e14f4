package org.peerchain.p2p.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InboundGuardTest {
  private static final Duration DEADLINE = Duration.ofSeconds(3);
  private final AtomicLong now = new AtomicLong();
  private final InboundGate gate = new InboundGate(new InboundLimits(4, 2, 100, 100, 100, 100), now::get);

  /** An embedded connection from {@code ip} guarded by {@link #gate}. */
  private EmbeddedChannel from(InetAddress ip) {
    InetSocketAddress remote = new InetSocketAddress(ip, 40000);
    return new EmbeddedChannel(new InboundGuard(gate, DEADLINE), new ChannelInboundHandlerAdapter()) {
      @Override
      protected SocketAddress remoteAddress0() {
        return remote;
      }
    };
  }

  @Test
  void overTheAddressCapAConnectionIsClosedAtOnce() {
    EmbeddedChannel a = from(InboundGateTest.ip(1));
    EmbeddedChannel b = from(InboundGateTest.ip(1));
    EmbeddedChannel c = from(InboundGateTest.ip(1));
    assertThat(a.isOpen()).isTrue();
    assertThat(b.isOpen()).isTrue();
    assertThat(c.isOpen()).isFalse();
    // Another address still gets in while the first holds its two places.
    assertThat(from(InboundGateTest.ip(2)).isOpen()).isTrue();
    assertThat(gate.pending()).isEqualTo(3);
    a.close();
    assertThat(gate.pending(InboundGateTest.ip(1))).isEqualTo(1);
    assertThat(from(InboundGateTest.ip(1)).isOpen()).isTrue();
  }

  @Test
  void aConnectionThatNeverAuthenticatesIsClosedAtTheDeadline() {
    EmbeddedChannel ch = from(InboundGateTest.ip(1));
    ch.advanceTimeBy(DEADLINE.toMillis() - 1, TimeUnit.MILLISECONDS);
    ch.runScheduledPendingTasks();
    assertThat(ch.isOpen()).isTrue();
    ch.advanceTimeBy(1, TimeUnit.MILLISECONDS);
    ch.runScheduledPendingTasks();
    assertThat(ch.isOpen()).isFalse();
    assertThat(gate.pending()).isZero();
  }

  @Test
  void anAuthenticatedConnectionLeavesTheGateAndOutlivesTheDeadline() {
    EmbeddedChannel ch = from(InboundGateTest.ip(1));
    InboundGuard.authenticated(ch);
    assertThat(ch.pipeline().get(InboundGuard.class)).isNull();
    assertThat(gate.pending()).isZero();
    ch.advanceTimeBy(DEADLINE.toMillis() * 10, TimeUnit.MILLISECONDS);
    ch.runScheduledPendingTasks();
    assertThat(ch.isOpen()).isTrue();
    ch.close();
    assertThat(gate.pending()).isZero();
  }
}
