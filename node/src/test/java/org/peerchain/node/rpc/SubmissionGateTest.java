package org.peerchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gate's bounds: turns, waiting callers, and the pool's backlog. */
class SubmissionGateTest {
  private final AtomicInteger pending = new AtomicInteger();

  @Test
  void inBudgetSubmissionsTakeTurnsAndAClosedTurnIsGivenBack() throws Exception {
    SubmissionGate gate = new SubmissionGate(new SubmissionGate.Limits(2, 0, 0, 10), pending::get);
    SubmissionGate.Turn first = gate.enter();
    SubmissionGate.Turn second = gate.enter();
    assertThat(gate.available()).isZero();
    first.close();
    first.close(); // twice gives back one turn, not two
    assertThat(gate.available()).isEqualTo(1);
    second.close();
    assertThat(gate.available()).isEqualTo(2);
  }

  @Test
  void aBurstBeyondTheTurnsAndTheWaitingRoomIsRefusedAtOnce() throws Exception {
    SubmissionGate gate = new SubmissionGate(new SubmissionGate.Limits(1, 0, 0, 10), pending::get);
    try (SubmissionGate.Turn held = gate.enter()) {
      assertThatThrownBy(gate::enter).isInstanceOf(SubmissionGate.Refused.class)
          .hasMessageContaining("too many transactions being submitted");
      assertThat(gate.waiting()).isZero();
    }
    gate.enter().close();
  }

  @Test
  void aWaiterWithoutATurnInTimeIsRefusedAndLeavesTheWaitingRoom() throws Exception {
    SubmissionGate gate = new SubmissionGate(new SubmissionGate.Limits(1, 4, 0, 10), pending::get);
    try (SubmissionGate.Turn held = gate.enter()) {
      assertThatThrownBy(gate::enter).isInstanceOf(SubmissionGate.Refused.class).hasMessageContaining("timed out");
      assertThat(gate.waiting()).isZero();
    }
  }

  @Test
  void aFullBacklogRefusesUntilBlocksTakeTransactions() throws Exception {
    SubmissionGate gate = new SubmissionGate(new SubmissionGate.Limits(1, 0, 0, 3), pending::get);
    pending.set(3);
    assertThatThrownBy(gate::enter).isInstanceOf(SubmissionGate.Refused.class).hasMessageContaining("txpool is busy");
    assertThat(gate.available()).isEqualTo(1);
    pending.set(2);
    gate.enter().close();
  }

  @Test
  void besideOtherValidatorsTheBacklogIsOneBlockOfTransfersAndAnOnlyValidatorHasNone() {
    SubmissionGate.Limits shared = SubmissionGate.Limits.forChain(30_000_000, 4);
    assertThat(shared.backlog()).isEqualTo(30_000_000 / 21_000);
    assertThat(shared.concurrent()).isPositive();
    SubmissionGate.Limits alone = SubmissionGate.Limits.forChain(30_000_000, 1);
    assertThat(alone.backlog()).isEqualTo(Integer.MAX_VALUE);
    assertThat(alone.concurrent()).isGreaterThanOrEqualTo(shared.concurrent());
  }
}
