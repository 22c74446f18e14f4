package org.peerchain.node.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.events.NodeEvent.HeadAdvanced;
import org.peerchain.node.events.NodeEvents.Subscription;

class NodeEventsTest {
  private final NodeEvents events = new NodeEvents();
  private final HeadAdvanced one = new HeadAdvanced(BlockHeader.builder().number(1).baseFeePerGas(UInt256.ONE).build());
  private final HeadAdvanced two = new HeadAdvanced(BlockHeader.builder().number(2).baseFeePerGas(UInt256.ONE).build());

  @Test
  void aListenerGetsTheEventsOfItsTypeOnly() {
    List<Object> heads = new ArrayList<>();
    List<Object> any = new ArrayList<>();
    events.subscribe(HeadAdvanced.class, heads::add);
    events.subscribe(NodeEvent.class, any::add);
    events.subscribe(NodeEvent.TxAdmitted.class, e -> {
      throw new AssertionError("not a transaction: " + e);
    });
    events.publish(one);
    assertThat(heads).containsExactly(one);
    assertThat(any).containsExactly(one);
  }

  @Test
  void aFailingListenerDoesNotStopTheOthersOrThePublisher() {
    List<Object> seen = new ArrayList<>();
    events.subscribe(HeadAdvanced.class, e -> {
      throw new IllegalStateException("broken listener");
    });
    events.subscribe(HeadAdvanced.class, seen::add);
    events.publish(one);
    events.publish(two);
    assertThat(seen).containsExactly(one, two);
  }

  @Test
  void aClosedSubscriptionGetsNothingMoreAndClosingTwiceIsHarmless() {
    List<Object> seen = new ArrayList<>();
    Subscription s = events.subscribe(HeadAdvanced.class, seen::add);
    events.publish(one);
    s.close();
    s.close();
    events.publish(two);
    assertThat(seen).containsExactly(one);
  }
}
