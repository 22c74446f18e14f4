package org.peerchain.p2p.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InboundGateTest {
  private final AtomicLong now = new AtomicLong(-Duration.ofHours(1).toNanos());

  static InetAddress ip(int last) {
    try {
      return InetAddress.getByAddress(new byte[] {8, 8, 8, (byte) last});
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void capsPendingConnectionsPerAddressAndInAllAndReleasesOnce() {
    InboundGate gate = new InboundGate(new InboundLimits(3, 2, 100, 100, 100, 100), now::get);
    InboundGate.Ticket a1 = gate.enter(ip(1));
    InboundGate.Ticket a2 = gate.enter(ip(1));
    assertThat(gate.enter(ip(1))).isInstanceOf(InboundGate.Refused.class);
    assertThat(gate.enter(ip(2))).isInstanceOf(InboundGate.Permit.class);
    assertThat(gate.enter(ip(3))).isInstanceOf(InboundGate.Refused.class);
    assertThat(gate.pending()).isEqualTo(3);
    ((InboundGate.Permit) a1).release();
    ((InboundGate.Permit) a1).release();
    assertThat(gate.pending()).isEqualTo(2);
    assertThat(gate.pending(ip(1))).isEqualTo(1);
    assertThat(gate.enter(ip(3))).isInstanceOf(InboundGate.Permit.class);
    ((InboundGate.Permit) a2).release();
    assertThat(gate.pending(ip(1))).isZero();
  }

  @Test
  void ratesAreLimitedPerAddressWithoutSpendingTheSharedBudget() {
    InboundGate gate = new InboundGate(new InboundLimits(1000, 1000, 5, 1, 2, 1), now::get);
    assertThat(gate.enter(ip(1))).isInstanceOf(InboundGate.Permit.class);
    assertThat(gate.enter(ip(1))).isInstanceOf(InboundGate.Permit.class);
    // ip 1 hammers on: refused by its own bucket, leaving the shared one for others.
    for (int i = 0; i < 50; i++) {
      assertThat(gate.enter(ip(1))).isInstanceOf(InboundGate.Refused.class);
    }
    assertThat(gate.enter(ip(2))).isInstanceOf(InboundGate.Permit.class);
    assertThat(gate.enter(ip(3))).isInstanceOf(InboundGate.Permit.class);
    assertThat(gate.enter(ip(4))).isInstanceOf(InboundGate.Permit.class);
    assertThat(gate.enter(ip(5))).extracting(t -> ((InboundGate.Refused) t).reason()).asString()
        .contains("a second");
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(gate.enter(ip(1))).isInstanceOf(InboundGate.Permit.class);
    assertThat(gate.enter(ip(1))).isInstanceOf(InboundGate.Refused.class);
  }

  @Test
  void oneIpv6Slash64CountsAsOneAddress() throws Exception {
    InboundGate gate = new InboundGate(new InboundLimits(10, 2, 100, 100, 100, 100), now::get);
    assertThat(gate.enter(InetAddress.getByName("2001:470:1:2::1"))).isInstanceOf(InboundGate.Permit.class);
    assertThat(gate.enter(InetAddress.getByName("2001:470:1:2:ffff::9"))).isInstanceOf(InboundGate.Permit.class);
    assertThat(gate.enter(InetAddress.getByName("2001:470:1:2:abcd::77"))).isInstanceOf(InboundGate.Refused.class);
    assertThat(gate.enter(InetAddress.getByName("2001:470:1:3::1"))).isInstanceOf(InboundGate.Permit.class);
  }

  @Test
  void tracksABoundedNumberOfAddresses() {
    InboundGate gate = new InboundGate(new InboundLimits(1, 1, 1, 1e9, 1, 1e-3), now::get);
    for (int i = 0; i < InboundGate.MAX_TRACKED_ADDRESSES + 10; i++) {
      // Every address is new, with a full bucket: let in, never refused for lack of room to track it.
      InboundGate.Ticket t = gate.enter(ip(i >> 8, i));
      assertThat(t).isInstanceOf(InboundGate.Permit.class);
      ((InboundGate.Permit) t).release();
      now.addAndGet(1000);
    }
    assertThat(gate.trackedAddresses()).isEqualTo(InboundGate.MAX_TRACKED_ADDRESSES);
  }

  private static InetAddress ip(int a, int b) {
    try {
      return InetAddress.getByAddress(new byte[] {9, 9, (byte) a, (byte) b});
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
