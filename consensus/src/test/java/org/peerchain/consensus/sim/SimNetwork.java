package org.peerchain.consensus.sim;

import java.util.Random;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.ConsensusMessageCodec;
import org.peerchain.core.bytes.Bytes;

/**
 * An in-memory network carrying encoded consensus messages. Before GST it loses, duplicates and
 * delays (hence reorders) them and honours partitions, checked both when a message is sent and when
 * it would arrive; after GST every message arrives within {@link FaultPlan#STABLE_DELAY_MS}.
 */
final class SimNetwork {
  interface Receiver {
    void receive(int from, int to, ConsensusMessage message);
  }

  private final Scheduler scheduler;
  private final Random rnd;
  private final FaultPlan plan;
  private final Receiver receiver;
  private ConsensusMessage lastEncoded;
  private Bytes lastWire;
  private long sent;
  private long dropped;
  private SimRelays relays;

  SimNetwork(Scheduler scheduler, Random rnd, FaultPlan plan, Receiver receiver) {
    this.scheduler = scheduler;
    this.rnd = rnd;
    this.plan = plan;
    this.receiver = receiver;
  }

  /** From now on a share of the messages also travels through {@code relays}. */
  void relayVia(SimRelays relays) {
    this.relays = relays;
  }

  void send(int from, int to, ConsensusMessage message) {
    sent++;
    if (relays != null) {
      relays.carry(from, to, message);
    }
    // A broadcast sends one message object to every peer: encode it once.
    if (message != lastEncoded) {
      lastEncoded = message;
      lastWire = ConsensusMessageCodec.encode(message);
    }
    Bytes wire = lastWire;
    boolean unstable = scheduler.now() < plan.gstMs();
    if (unstable && (rnd.nextDouble() < plan.dropRate() || plan.partitioned(from, to, scheduler.now()))) {
      dropped++;
      return;
    }
    int copies = unstable && rnd.nextDouble() < plan.duplicateRate() ? 2 : 1;
    for (int i = 0; i < copies; i++) {
      long delay = 1 + (long) (rnd.nextDouble() * (unstable ? plan.maxDelayMs() : FaultPlan.STABLE_DELAY_MS));
      scheduler.after(delay, () -> {
        if (scheduler.now() < plan.gstMs() && plan.partitioned(from, to, scheduler.now())) {
          dropped++;
          return;
        }
        // Decoding what was encoded is what a peer would do; it also runs the codec on every message.
        receiver.receive(from, to, ConsensusMessageCodec.decode(wire));
      });
    }
  }

  /** Whether a sync exchange happening now is lost (as messages are before GST). */
  boolean lost() {
    return scheduler.now() < plan.gstMs() && rnd.nextDouble() < plan.dropRate();
  }

  boolean connected(int a, int b) {
    return scheduler.now() >= plan.gstMs() || !plan.partitioned(a, b, scheduler.now());
  }

  long sent() {
    return sent;
  }

  long dropped() {
    return dropped;
  }
}
