package org.peerchain.testnet.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One direction of a proxied connection in EmbeddedChannels, with virtual time. */
class RelayTest {
  final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  final AtomicReference<LinkRule> rule = new AtomicReference<>(LinkRule.OPEN);
  final EmbeddedChannel dest = new EmbeddedChannel();
  final Relay relay = new Relay(new Link("node1", "node2"), rule::get, dest, nanos::get, new SplittableRandom(7));
  final EmbeddedChannel source = new EmbeddedChannel(relay);

  RelayTest() {
    source.freezeTime();
  }

  @AfterEach
  void close() {
    source.finishAndReleaseAll();
    dest.finishAndReleaseAll();
  }

  void advanceMs(long ms) {
    nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(ms));
    source.advanceTimeBy(ms, TimeUnit.MILLISECONDS);
    source.runScheduledPendingTasks();
  }

  static ByteBuf bytes(String s) {
    return Unpooled.copiedBuffer(s, StandardCharsets.US_ASCII);
  }

  String received() {
    StringBuilder out = new StringBuilder();
    ByteBuf b;
    while ((b = dest.readOutbound()) != null) {
      out.append(b.toString(StandardCharsets.US_ASCII));
      b.release();
    }
    return out.toString();
  }

  @Test
  void anOpenLinkForwardsAtOnce() {
    source.writeInbound(bytes("hello"));
    assertThat(received()).isEqualTo("hello");
    assertThat(source.config().isAutoRead()).isTrue();
  }

  @Test
  void latencyHoldsBytesUntilTheirTime() {
    rule.set(LinkRule.delay(100, 0));
    source.writeInbound(bytes("late"));
    advanceMs(99);
    assertThat(received()).isEmpty();
    advanceMs(1);
    assertThat(received()).isEqualTo("late");
  }

  @Test
  void jitterNeverReordersTheStream() {
    rule.set(LinkRule.delay(10, 50));
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      sent.add(i + ",");
      source.writeInbound(bytes(i + ","));
      advanceMs(1);
    }
    advanceMs(60);
    assertThat(received()).isEqualTo(String.join("", sent));
  }

  @Test
  void aStallWithholdsBytesAndStopsReadingUntilItEnds() {
    rule.set(new LinkRule(false, true, 0, 0));
    source.writeInbound(bytes("held"));
    advanceMs(10_000);
    assertThat(received()).isEmpty();
    assertThat(source.config().isAutoRead()).isFalse();

    rule.set(LinkRule.OPEN);
    relay.wake();
    source.runPendingTasks();
    assertThat(received()).isEqualTo("held");
    assertThat(source.config().isAutoRead()).isTrue();
  }

  @Test
  void aCutClosesBothSides() {
    rule.set(new LinkRule(true, false, 0, 0));
    relay.wake();
    source.runPendingTasks();
    assertThat(source.isOpen()).isFalse();
    assertThat(dest.isOpen()).isFalse();
  }

  @Test
  void aSenderThatClosesHasItsDelayedBytesDeliveredFirst() {
    rule.set(LinkRule.delay(50, 0));
    source.writeInbound(bytes("last words"));
    // The peer's FIN (EmbeddedChannel.close would also cancel its loop's timers, which a real loop keeps).
    source.pipeline().fireChannelInactive();
    assertThat(dest.isOpen()).isTrue();
    advanceMs(50);
    assertThat(received()).isEqualTo("last words");
    assertThat(dest.isOpen()).isFalse();
  }

  @Test
  void theSourceIsNotReadWhileTooManyBytesWait() {
    rule.set(LinkRule.delay(1_000, 0));
    byte[] big = new byte[(int) Relay.MAX_QUEUED_BYTES];
    source.writeInbound(Unpooled.wrappedBuffer(big));
    assertThat(source.config().isAutoRead()).isFalse();
    advanceMs(1_000);
    assertThat(source.config().isAutoRead()).isTrue();
    ByteBuf out = dest.readOutbound();
    assertThat(out.readableBytes()).isEqualTo(big.length);
    out.release();
  }
}
