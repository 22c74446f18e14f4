package org.peerchain.node.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusAction;
import org.peerchain.consensus.bft.engine.ConsensusEvent;
import org.peerchain.consensus.bft.engine.ConsensusEvent.RebroadcastDue;
import org.peerchain.consensus.bft.engine.RoundStateView;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.metrics.NodeMetrics;
import org.peerchain.node.rpc.RunningNodeInfo;

/** A task that throws halts consensus loudly: the reason is kept, listeners hear it, nothing runs after it. */
class ConsensusLoopTest {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final ConsensusLoop loop = new ConsensusLoop(timer);
  private final AtomicInteger handled = new AtomicInteger();

  @AfterEach
  void stop() {
    loop.close();
    timer.shutdownNow();
  }

  private List<ConsensusAction> engine(ConsensusEvent event) {
    handled.incrementAndGet();
    if (event instanceof RebroadcastDue r && r.round() == 13) {
      throw new IllegalStateException("half-updated state");
    }
    return List.of();
  }

  /** Waits until the loop has run everything queued before this call. */
  private void drain() throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    loop.execute(() -> done.complete(null));
    done.get(10, TimeUnit.SECONDS);
  }

  @Test
  void theBacklogIsWhatWaitsForTheLoop() throws Exception {
    // Not started yet: what is posted waits.
    for (int i = 0; i < 3; i++) {
      loop.post(new RebroadcastDue(1, i));
    }
    loop.execute(() -> {});
    assertThat(loop.backlog()).isEqualTo(4);
    loop.start(this::engine, action -> List.of(), List::of);
    drain();
    assertThat(loop.backlog()).isZero();
    assertThat(handled).hasValue(3);
  }

  @Test
  void aFailingTaskHaltsConsensusAndTheNodeReportsItUnhealthy() throws Exception {
    CompletableFuture<String> heard = new CompletableFuture<>();
    NodeMetrics metrics = new NodeMetrics(System::nanoTime);
    loop.onHalt(reason -> {
      metrics.onConsensusHalted();
      heard.complete(reason);
    });
    ValidatorSet validators = ValidatorSet.of(List.of(new GenesisValidator(DevChain.validatorKey().address(), 1)));
    RoundStateView view = new RoundStateView(1, 0, Step.PROPOSE, -1, Optional.empty(), -1, Optional.empty(),
        DevChain.validatorKey().address());
    RunningNodeInfo info = new RunningNodeInfo(1337, validators, () -> view, () -> 0, Optional::empty, List::of,
        loop::haltReason, "", "");
    loop.start(this::engine, action -> List.of(), List::of);
    loop.post(new RebroadcastDue(1, 0));
    drain();
    assertThat(loop.haltReason()).isEmpty();
    assertThat(info.unhealthyReason()).isEmpty();

    loop.post(new RebroadcastDue(1, 13));
    String reason = heard.get(10, TimeUnit.SECONDS);
    assertThat(reason).contains("half-updated state");
    assertThat(loop.haltReason()).contains(reason);
    assertThat(info.unhealthyReason()).hasValueSatisfying(r -> assertThat(r).startsWith("consensus halted: ")
        .contains("half-updated state"));
    assertThat(metrics.registry().scrape().stream()
        .filter(m -> m.getMetadata().getPrometheusName().equals("peerchain_consensus_halted"))
        .findFirst().orElseThrow().getDataPoints().get(0)).hasFieldOrPropertyWithValue("value", 1.0);

    // Nothing is taken in after the halt.
    int before = handled.get();
    loop.post(new RebroadcastDue(1, 1));
    loop.execute(() -> handled.incrementAndGet());
    assertThat(handled.get()).isEqualTo(before);
  }
}
