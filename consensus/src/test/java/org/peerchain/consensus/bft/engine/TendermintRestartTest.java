package org.peerchain.consensus.bft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.consensus.bft.BftTestKit.vote;
import static org.peerchain.consensus.bft.engine.Driver.votesOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.bft.signer.InMemorySignerStateStore;
import org.peerchain.core.block.Block;
import org.peerchain.core.crypto.KeyPair;

/** A validator restarted with its signer record keeps its round and lock and signs nothing conflicting. */
class TendermintRestartTest {
  private final BftTestKit kit = new BftTestKit(4);

  private KeyPair notProposerIn(int... rounds) {
    return kit.keys.stream().filter(k -> java.util.stream.IntStream.of(rounds)
        .noneMatch(r -> kit.validators.proposer(1, r).equals(k.address()))).findFirst().orElseThrow();
  }

  @Test
  void aRestartedValidatorResumesItsRoundAndLock() {
    KeyPair me = notProposerIn(0, 1);
    InMemorySignerStateStore store = new InMemorySignerStateStore();
    Driver before = new Driver(kit, me, store, 1, Rules.STANDARD);
    before.start();
    Block a = kit.blockOf(1, 0, "A");
    before.validProposal(kit.proposal(1, 0, a, -1));
    before.votes(kit.others(me.address()).subList(0, 2).stream().map(k -> BftTestKit.prevote(k, 1, 0, a))
        .toArray(Vote[]::new));
    assertThat(before.engine.snapshot().lockedBlock()).contains(a.hash());

    Driver after = new Driver(kit, me, store, 1, Rules.STANDARD);
    after.start();
    RoundStateView s = after.engine.snapshot();
    assertThat(s.round()).isZero();
    assertThat(s.lockedRound()).isZero();
    assertThat(s.lockedBlock()).contains(a.hash());
    // In round 1 a fresh other block gets a nil prevote: the lock survived the restart.
    after.votes(kit.others(me.address()).stream().map(k -> vote(k, VoteType.PRECOMMIT, 1, 0, Optional.empty()))
        .toArray(Vote[]::new));
    after.timeout(1, 0, Step.PRECOMMIT);
    Block b = kit.blockOf(1, 1, "B");
    List<ConsensusAction> out = after.validProposal(kit.proposal(1, 1, b, -1));
    assertThat(votesOf(out, VoteType.PREVOTE)).singleElement().satisfies(v -> assertThat(v.blockHash()).isEmpty());
  }

  @Test
  void aRestartedValidatorDoesNotSignAConflictingVote() {
    KeyPair me = notProposerIn(0);
    InMemorySignerStateStore store = new InMemorySignerStateStore();
    Driver before = new Driver(kit, me, store, 1, Rules.STANDARD);
    before.start();
    Block a = kit.blockOf(1, 0, "A");
    assertThat(votesOf(before.validProposal(kit.proposal(1, 0, a, -1)), VoteType.PREVOTE)).hasSize(1);

    Driver after = new Driver(kit, me, store, 1, Rules.STANDARD);
    // The prevote signed before the crash is restored and sent again...
    assertThat(votesOf(after.start(), VoteType.PREVOTE)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(a.hash()));
    assertThat(after.engine.snapshot().step()).isEqualTo(Step.PREVOTE);
    // ...and no nil prevote follows on timeoutPropose.
    assertThat(votesOf(after.timeout(1, 0, Step.PROPOSE), VoteType.PREVOTE)).isEmpty();
    // The restored prevote counts: two more prevotes for a make the quorum that locks a.
    List<ConsensusAction> out = after.validProposal(kit.proposal(1, 0, a, -1));
    out = after.votes(kit.others(me.address()).subList(0, 2).stream().map(k -> BftTestKit.prevote(k, 1, 0, a))
        .toArray(Vote[]::new));
    assertThat(votesOf(out, VoteType.PRECOMMIT)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(a.hash()));
  }

  /**
   * Seed 4447: two validators locked on a block, both restarted, and the polka of the lock's round
   * survived nowhere else. Unless the restarted validator can still re-propose its locked block with
   * that polka, no round can get a quorum again.
   */
  @Test
  void aRestartedLockedProposerReproposesItsLockedBlockWithThePolka() {
    KeyPair me = kit.proposer(1, 1);
    InMemorySignerStateStore store = new InMemorySignerStateStore();
    Driver before = new Driver(kit, me, store, 1, Rules.STANDARD);
    before.start();
    Block a = kit.blockOf(1, 0, "A");
    before.validProposal(kit.proposal(1, 0, a, -1));
    List<Vote> polka = kit.others(me.address()).subList(0, 2).stream().map(k -> BftTestKit.prevote(k, 1, 0, a))
        .toList();
    before.votes(polka.toArray(Vote[]::new));
    assertThat(before.engine.snapshot().lockedBlock()).contains(a.hash());

    Driver after = new Driver(kit, me, store, 1, Rules.STANDARD);
    after.start();
    assertThat(after.engine.snapshot().validBlock()).contains(a.hash());
    assertThat(after.engine.snapshot().validRound()).isZero();
    after.votes(kit.others(me.address()).stream().map(k -> vote(k, VoteType.PRECOMMIT, 1, 0, Optional.empty()))
        .toArray(Vote[]::new));
    List<ConsensusAction> out = after.timeout(1, 0, Step.PRECOMMIT);

    assertThat(Driver.of(out, ConsensusAction.BuildBlock.class)).isEmpty();
    assertThat(Driver.broadcasts(out)).filteredOn(m -> m instanceof Proposal).singleElement().satisfies(m -> {
      Proposal p = (Proposal) m;
      assertThat(p.round()).isEqualTo(1);
      assertThat(p.blockHash()).isEqualTo(a.hash());
      assertThat(p.validRound()).isZero();
    });
    // The proof of lock goes with it: the others' prevotes of round 0 and this validator's own.
    assertThat(votesOf(out, VoteType.PREVOTE)).filteredOn(v -> v.round() == 0)
        .extracting(Vote::validator).containsExactlyInAnyOrder(me.address(), polka.get(0).validator(),
            polka.get(1).validator());
  }
}
