package org.peerchain.node.netadapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.ConsensusMessageCodec;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.node.validator.Judgement;
import org.peerchain.p2p.api.Validation;
import org.peerchain.p2p.identity.PeerId;

class ConsensusValidationTest {
  private static final PeerId A = PeerId.of(BftTestKit.key(10).publicKey());
  private static final PeerId B = PeerId.of(BftTestKit.key(11).publicKey());

  /** The verification pool, run by hand. */
  private final Queue<Runnable> pool = new ArrayDeque<>();
  private final List<ConsensusMessage> judged = new ArrayList<>();
  private final List<Validation> verdicts = new ArrayList<>();
  private Function<ConsensusMessage, Judgement> judge = m -> {
    judged.add(m);
    return Judgement.ACCEPT;
  };
  private final ConsensusValidation validation = new ConsensusValidation(m -> judge.apply(m), pool::add,
      new ConsensusValidation.Limits(2, 3, 10_000));

  private static byte[] vote(int round) {
    return ConsensusMessageCodec.encode(BftTestKit.vote(BftTestKit.key(0), VoteType.PREVOTE, 1, round, Optional.empty()))
        .toArray();
  }

  private void runPool() {
    while (!pool.isEmpty()) {
      pool.poll().run();
    }
  }

  @Test
  void aDecodedMessageIsJudgedOnThePoolAndTheVerdictPassedOn() {
    validation.submit(A, vote(0), verdicts::add);
    assertThat(verdicts).isEmpty();
    runPool();
    assertThat(judged).hasSize(1);
    assertThat(verdicts).containsExactly(Validation.ACCEPT);
    assertThat(validation.waiting()).isZero();
  }

  @Test
  void bytesThatDoNotDecodeAreRejectedWithoutJudging() {
    validation.submit(A, new byte[] {(byte) 0xc3, 1, 2, 3, 4}, verdicts::add);
    runPool();
    assertThat(judged).isEmpty();
    assertThat(verdicts).containsExactly(Validation.REJECT);
  }

  @Test
  void judgementsMapToVerdicts() {
    judge = m -> Judgement.reject("bad signature");
    validation.submit(A, vote(0), verdicts::add);
    judge = m -> Judgement.ignore("too far ahead");
    runPool();
    validation.submit(A, vote(1), verdicts::add);
    runPool();
    assertThat(verdicts).containsExactly(Validation.IGNORE, Validation.IGNORE);
  }

  @Test
  void aFailureOfOurOwnIsNotThePeersFault() {
    judge = m -> {
      throw new IllegalStateException("bug");
    };
    validation.submit(A, vote(0), verdicts::add);
    runPool();
    assertThat(verdicts).containsExactly(Validation.IGNORE);
  }

  @Test
  void onePeerCannotTakeMoreThanItsShareOfThePool() {
    validation.submit(A, vote(0), verdicts::add);
    validation.submit(A, vote(1), verdicts::add);
    validation.submit(A, vote(2), verdicts::add);
    // The third is over A's share: ignored at once, unchecked, and not charged.
    assertThat(verdicts).containsExactly(Validation.IGNORE);
    validation.submit(B, vote(3), verdicts::add);
    // The pool is full in total now.
    validation.submit(B, vote(4), verdicts::add);
    assertThat(verdicts).containsExactly(Validation.IGNORE, Validation.IGNORE);
    runPool();
    assertThat(judged).hasSize(3);
    assertThat(validation.waiting()).isZero();
    validation.submit(A, vote(5), verdicts::add);
    runPool();
    assertThat(verdicts).endsWith(Validation.ACCEPT);
  }

  @Test
  void waitingWorkIsBoundedInBytes() {
    ConsensusValidation small = new ConsensusValidation(m -> Judgement.ACCEPT, pool::add,
        new ConsensusValidation.Limits(100, 100, 2 * vote(0).length));
    small.submit(A, vote(0), verdicts::add);
    small.submit(B, vote(1), verdicts::add);
    small.submit(B, vote(2), verdicts::add);
    assertThat(verdicts).containsExactly(Validation.IGNORE);
    runPool();
    assertThat(verdicts).containsExactly(Validation.IGNORE, Validation.ACCEPT, Validation.ACCEPT);
  }
}
