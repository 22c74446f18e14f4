package org.peerchain.consensus.bft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.consensus.bft.BftTestKit.prevote;
import static org.peerchain.consensus.bft.BftTestKit.vote;
import static org.peerchain.consensus.bft.engine.Driver.of;
import static org.peerchain.consensus.bft.engine.Driver.votesOf;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.engine.ConsensusAction.ScheduleRebroadcast;
import org.peerchain.consensus.bft.engine.ConsensusEvent.RebroadcastDue;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.crypto.KeyPair;

/** The relay that stands in for the paper's reliable gossip, and how equivocators' messages count. */
class TendermintGossipTest {
  private final BftTestKit kit = new BftTestKit(4);

  private KeyPair notProposerIn(int... rounds) {
    return kit.keys.stream().filter(k -> IntStream.of(rounds)
        .noneMatch(r -> kit.validators.proposer(1, r).equals(k.address()))).findFirst().orElseThrow();
  }

  @Test
  void everyRoundAsksForARebroadcastAndItRelaysTheRound() {
    Driver d = new Driver(kit, notProposerIn(0, 1));
    assertThat(of(d.start(), ScheduleRebroadcast.class)).containsExactly(
        new ScheduleRebroadcast(1, 0, Driver.TIMEOUTS.delayMs(Step.PROPOSE, 0)));
    Block b = kit.blockOf(1, 0, "A");
    Proposal p = kit.proposal(1, 0, b, -1);
    d.validProposal(p);
    Vote other = prevote(kit.others(d.me.address()).get(0), 1, 0, b);
    d.votes(other);
    List<ConsensusAction> out = d.on(new RebroadcastDue(1, 0));
    List<ConsensusMessage> relayed = Driver.broadcasts(out);
    assertThat(relayed).contains(p, other);
    assertThat(votesOf(out, VoteType.PREVOTE)).anySatisfy(v -> assertThat(v.validator()).isEqualTo(d.me.address()));
    assertThat(of(out, ScheduleRebroadcast.class)).hasSize(1);
    assertThat(d.on(new RebroadcastDue(1, 5))).isEmpty(); // stale
  }

  @Test
  void aRebroadcastAlsoRelaysThePreviousRoundsPrecommits() {
    Driver d = new Driver(kit, notProposerIn(0, 1));
    d.start();
    Vote[] nils = kit.others(d.me.address()).stream()
        .map(k -> vote(k, VoteType.PRECOMMIT, 1, 0, Optional.empty())).toArray(Vote[]::new);
    d.votes(nils);
    d.timeout(1, 0, Step.PRECOMMIT);
    assertThat(Driver.broadcasts(d.on(new RebroadcastDue(1, 1)))).containsAll(List.of(nils));
  }

  @Test
  void anEquivocatorsSecondVoteStillCountsForItsOwnValue() {
    Driver d = new Driver(kit, notProposerIn(0));
    d.start();
    Block b = kit.blockOf(1, 0, "A");
    d.validProposal(kit.proposal(1, 0, b, -1)); // own prevote for b
    List<KeyPair> others = kit.others(d.me.address());
    KeyPair byz = others.get(0);
    d.votes(vote(byz, VoteType.PREVOTE, 1, 0, Optional.empty()));
    // The byzantine's prevote for b conflicts with its nil one but completes the polka for b.
    List<ConsensusAction> out = d.votes(prevote(byz, 1, 0, b), prevote(others.get(1), 1, 0, b));
    assertThat(of(out, ConsensusAction.EvidenceFound.class)).hasSize(1);
    assertThat(votesOf(out, VoteType.PRECOMMIT)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(b.hash()));
  }

  @Test
  void aPolkaForTheSecondOfTwoConflictingProposalsLocksThatBlock() {
    Driver d = new Driver(kit, notProposerIn(0));
    d.start();
    Block a = kit.blockOf(1, 0, "A");
    Block b = kit.blockOf(1, 0, "B");
    d.validProposal(kit.proposal(1, 0, a, -1)); // prevotes a
    d.proposal(kit.proposal(1, 0, b, -1));      // equivocation: kept as evidence and as a known block
    List<ConsensusAction> out = d.votes(kit.others(d.me.address()).stream().map(k -> prevote(k, 1, 0, b))
        .toArray(Vote[]::new));
    assertThat(of(out, ConsensusAction.ExecuteBlock.class)).containsExactly(new ConsensusAction.ExecuteBlock(b));
    out = d.executed(b, true);
    assertThat(votesOf(out, VoteType.PRECOMMIT)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(b.hash()));
    assertThat(d.engine.snapshot().lockedBlock()).contains(b.hash());
  }
}
