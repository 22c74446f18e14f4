package org.peerchain.node.producer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalLong;
import org.peerchain.core.block.BlockHeader;

/**
 * How a dev chain makes blocks, as anvil: automine (a block as soon as transactions wait), interval
 * mining (a block every interval, transactions or not), or neither (blocks only when asked); blocks
 * asked for outright; and the dev clock (an offset from the wall clock, a fixed next timestamp, a
 * fixed step between blocks). The RPC threads change it, the producer reads it on the consensus
 * loop: every method is synchronized.
 */
public final class DevMining {
  /** Mining mode and clock, restored together by evm_revert. */
  public record Settings(boolean automine, long intervalMs, long offsetSeconds, OptionalLong nextTimestamp,
      OptionalLong timestampInterval) {}

  private final Deque<DevOrder> orders = new ArrayDeque<>();
  private boolean automine;
  private long intervalMs;
  private long offsetSeconds;
  private OptionalLong nextTimestamp = OptionalLong.empty();
  private OptionalLong timestampInterval = OptionalLong.empty();

  /** @param intervalMs 0: no interval mining */
  public DevMining(boolean automine, long intervalMs) {
    this.automine = automine;
    this.intervalMs = intervalMs;
  }

  public synchronized Settings settings() {
    return new Settings(automine, intervalMs, offsetSeconds, nextTimestamp, timestampInterval);
  }

  public synchronized void restore(Settings settings) {
    automine = settings.automine();
    intervalMs = settings.intervalMs();
    offsetSeconds = settings.offsetSeconds();
    nextTimestamp = settings.nextTimestamp();
    timestampInterval = settings.timestampInterval();
  }

  public synchronized boolean automine() {
    return automine;
  }

  /** Turning automine on ends interval mining, as anvil. */
  public synchronized void setAutomine(boolean on) {
    automine = on;
    if (on) {
      intervalMs = 0;
    }
  }

  public synchronized long intervalMs() {
    return intervalMs;
  }

  /** A positive interval turns automine off; 0 turns interval mining off (and leaves automine off). */
  public synchronized void setIntervalMs(long ms) {
    intervalMs = ms;
    if (ms > 0) {
      automine = false;
    }
  }

  /** Adds {@code seconds} to the dev clock; returns the total offset. */
  public synchronized long increaseTime(long seconds) {
    offsetSeconds = Math.addExact(offsetSeconds, seconds);
    return offsetSeconds;
  }

  public synchronized void setNextTimestamp(long seconds) {
    nextTimestamp = OptionalLong.of(seconds);
  }

  public synchronized void setTimestampInterval(long seconds) {
    timestampInterval = OptionalLong.of(seconds);
  }

  /** Whether an interval was set. */
  public synchronized boolean removeTimestampInterval() {
    boolean was = timestampInterval.isPresent();
    timestampInterval = OptionalLong.empty();
    return was;
  }

  public synchronized void order(DevOrder order) {
    orders.addLast(order);
  }

  /** An order taken too early (the engine was not yet at the next height) goes back to the front. */
  synchronized void requeue(DevOrder order) {
    orders.addFirst(order);
  }

  synchronized Optional<DevOrder> nextOrder() {
    return Optional.ofNullable(orders.peekFirst());
  }

  synchronized void taken(DevOrder order) {
    orders.remove(order);
  }

  /**
   * The timestamp of the next mined block: the fixed one if set (later blocks go on from it), else
   * the parent's plus the fixed step, else the wall clock plus the offset; never before the parent.
   */
  synchronized long nextBlockTimestamp(BlockHeader parent, long nowMillis, OptionalLong asked) {
    long now = nowMillis / 1000;
    long timestamp;
    if (asked.isPresent() || nextTimestamp.isPresent()) {
      timestamp = asked.isPresent() ? asked.getAsLong() : nextTimestamp.getAsLong();
      nextTimestamp = OptionalLong.empty();
      offsetSeconds = timestamp - now;
    } else if (timestampInterval.isPresent()) {
      long step = timestampInterval.getAsLong();
      // Saturating: a step set absurdly large must not wrap around to the past.
      timestamp = parent.timestamp() > Long.MAX_VALUE - step ? Long.MAX_VALUE : parent.timestamp() + step;
    } else {
      timestamp = offsetSeconds > 0 && now > Long.MAX_VALUE - offsetSeconds ? Long.MAX_VALUE : now + offsetSeconds;
    }
    return Math.max(parent.timestamp(), timestamp);
  }
}
