package org.peerchain.consensus.bft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.consensus.bft.BftTestKit.precommit;
import static org.peerchain.consensus.bft.BftTestKit.prevote;
import static org.peerchain.consensus.bft.BftTestKit.vote;
import static org.peerchain.consensus.bft.engine.Driver.of;
import static org.peerchain.consensus.bft.engine.Driver.votesOf;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.engine.ConsensusAction.BuildBlock;
import org.peerchain.consensus.bft.engine.ConsensusAction.Commit;
import org.peerchain.consensus.bft.engine.ConsensusAction.ExecuteBlock;
import org.peerchain.consensus.bft.engine.ConsensusAction.ScheduleTimeout;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockBuilt;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.bft.signer.InMemorySignerStateStore;
import org.peerchain.core.block.Block;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.types.Hash;

/** One test per rule of Algorithm 1 that matters, driven by hand-made event sequences (n = 4, f = 1). */
class TendermintRulesTest {
  private final BftTestKit kit = new BftTestKit(4);

  /** A validator that does not propose in any of the given rounds of height 1. */
  private KeyPair notProposerIn(int... rounds) {
    return kit.keys.stream()
        .filter(k -> IntStream.of(rounds).noneMatch(r -> kit.validators.proposer(1, r).equals(k.address())))
        .findFirst().orElseThrow();
  }

  private List<KeyPair> othersThan(KeyPair me) {
    return kit.others(me.address());
  }

  private Driver started(KeyPair me) {
    Driver d = new Driver(kit, me);
    d.start();
    return d;
  }

  private Vote[] prevotesFrom(List<KeyPair> who, int round, Optional<Hash> value) {
    return who.stream().map(k -> vote(k, VoteType.PREVOTE, 1, round, value)).toArray(Vote[]::new);
  }

  private Vote[] precommitsFrom(List<KeyPair> who, int round, Optional<Hash> value) {
    return who.stream().map(k -> vote(k, VoteType.PRECOMMIT, 1, round, value)).toArray(Vote[]::new);
  }

  /** Drives {@code d} into round 0 locked on the round-0 proposal; returns the block. */
  private Block lockInRound0(Driver d) {
    Block a = kit.blockOf(1, 0, "A");
    d.validProposal(kit.proposal(1, 0, a, -1));
    d.votes(prevotesFrom(othersThan(d.me).subList(0, 2), 0, Optional.of(a.hash())));
    assertThat(d.engine.snapshot().lockedRound()).isEqualTo(0);
    return a;
  }

  /** Moves {@code d} from round {@code r} to {@code r + 1} by nil precommits and timeoutPrecommit. */
  private void nextRoundByNilPrecommits(Driver d, int r) {
    d.votes(precommitsFrom(othersThan(d.me), r, Optional.empty()));
    d.timeout(1, r, Step.PRECOMMIT);
    assertThat(d.engine.snapshot().round()).isEqualTo(r + 1);
  }

  @Test
  void startAsProposerAsksTheNodeForABlock() {
    Driver d = new Driver(kit, kit.proposer(1, 0));
    List<ConsensusAction> out = d.start();
    assertThat(of(out, BuildBlock.class)).containsExactly(new BuildBlock(1, 0));
  }

  @Test
  void startAsNonProposerSchedulesTimeoutPropose() {
    Driver d = new Driver(kit, notProposerIn(0));
    List<ConsensusAction> out = d.start();
    assertThat(of(out, BuildBlock.class)).isEmpty();
    assertThat(of(out, ScheduleTimeout.class))
        .containsExactly(new ScheduleTimeout(1, 0, Step.PROPOSE, Driver.TIMEOUTS.delayMs(Step.PROPOSE, 0)));
  }

  @Test
  void proposerBroadcastsTheBuiltBlockAndPrevotesIt() {
    KeyPair me = kit.proposer(1, 0);
    Driver d = started(me);
    Block b = BftTestKit.block(1, me.address(), "built");
    List<ConsensusAction> out = d.on(new BlockBuilt(1, 0, b));
    List<Proposal> proposals = Driver.broadcasts(out).stream().filter(m -> m instanceof Proposal)
        .map(Proposal.class::cast).toList();
    assertThat(proposals).singleElement().satisfies(p -> {
      assertThat(p.block()).isEqualTo(b);
      assertThat(p.validRound()).isEqualTo(-1);
    });
    assertThat(votesOf(out, VoteType.PREVOTE)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(b.hash()));
    assertThat(of(out, ExecuteBlock.class)).isEmpty();
  }

  @Test
  void builtBlockWithAnotherCoinbaseIsNotProposed() {
    KeyPair me = kit.proposer(1, 0);
    Driver d = started(me);
    Block wrong = BftTestKit.block(1, othersThan(me).get(0).address(), "x");
    assertThat(Driver.broadcasts(d.on(new BlockBuilt(1, 0, wrong)))).isEmpty();
  }

  @Test
  void line22PrevotesAValidProposalWhenUnlockedButOnlyAfterExecution() {
    Driver d = started(notProposerIn(0));
    Block b = kit.blockOf(1, 0, "A");
    List<ConsensusAction> out = d.proposal(kit.proposal(1, 0, b, -1));
    assertThat(of(out, ExecuteBlock.class)).containsExactly(new ExecuteBlock(b));
    assertThat(votesOf(out, VoteType.PREVOTE)).isEmpty();
    out = d.executed(b, true);
    assertThat(votesOf(out, VoteType.PREVOTE)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(b.hash()));
    assertThat(d.engine.snapshot().step()).isEqualTo(Step.PREVOTE);
  }

  @Test
  void line22PrevotesNilForAnInvalidProposal() {
    Driver d = started(notProposerIn(0));
    Block b = kit.blockOf(1, 0, "bad");
    d.proposal(kit.proposal(1, 0, b, -1));
    assertThat(votesOf(d.executed(b, false), VoteType.PREVOTE)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).isEmpty());
  }

  @Test
  void line22PrevotesNilForAFreshProposalWhenLockedOnAnotherBlock() {
    Driver d = started(notProposerIn(0, 1));
    lockInRound0(d);
    nextRoundByNilPrecommits(d, 0);
    Block other = kit.blockOf(1, 1, "B");
    List<ConsensusAction> out = d.validProposal(kit.proposal(1, 1, other, -1));
    assertThat(votesOf(out, VoteType.PREVOTE)).singleElement().satisfies(v -> assertThat(v.blockHash()).isEmpty());
  }

  @Test
  void withoutTheLockCheckALockedValidatorPrevotesAnotherBlock() {
    Driver d = new Driver(kit, notProposerIn(0, 1), new InMemorySignerStateStore(), 1, new Rules(true));
    d.start();
    lockInRound0(d);
    nextRoundByNilPrecommits(d, 0);
    Block other = kit.blockOf(1, 1, "B");
    List<ConsensusAction> out = d.validProposal(kit.proposal(1, 1, other, -1));
    assertThat(votesOf(out, VoteType.PREVOTE)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(other.hash()));
  }

  @Test
  void line28PrevotesAReproposalLockedOnTheSameBlock() {
    Driver d = started(notProposerIn(0, 1));
    Block a = lockInRound0(d);
    nextRoundByNilPrecommits(d, 0);
    // The round-0 polka is known (two others plus our own prevote), so line 28 applies with vr = 0.
    List<ConsensusAction> out = d.proposal(kit.proposal(1, 1, a, 0));
    assertThat(votesOf(out, VoteType.PREVOTE)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(a.hash()));
  }

  @Test
  void line28PrevotesABlockWithAPolkaNewerThanTheLock() {
    Driver d = started(notProposerIn(0, 1, 2));
    lockInRound0(d);
    nextRoundByNilPrecommits(d, 0);
    Block b = BftTestKit.block(1, kit.validators.proposer(1, 1), "B");
    // Round 1: a quorum prevoted B, but this validator never saw the round-1 proposal.
    d.timeout(1, 1, Step.PROPOSE);
    d.votes(prevotesFrom(othersThan(d.me), 1, Optional.of(b.hash())));
    d.timeout(1, 1, Step.PREVOTE);
    nextRoundByNilPrecommits(d, 1);
    List<ConsensusAction> out = d.validProposal(kit.proposal(1, 2, b, 1));
    assertThat(votesOf(out, VoteType.PREVOTE)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(b.hash()));
  }

  @Test
  void line28WaitsForThePolkaOfTheValidRound() {
    Driver d = started(notProposerIn(0, 1));
    d.timeout(1, 0, Step.PROPOSE);
    nextRoundByNilPrecommits(d, 0);
    Block b = kit.blockOf(1, 0, "A");
    List<ConsensusAction> out = d.validProposal(kit.proposal(1, 1, b, 0));
    assertThat(votesOf(out, VoteType.PREVOTE)).isEmpty();
    assertThat(d.engine.snapshot().step()).isEqualTo(Step.PROPOSE);
    out = d.votes(prevotesFrom(othersThan(d.me), 0, Optional.of(b.hash())));
    assertThat(votesOf(out, VoteType.PREVOTE)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(b.hash()));
  }

  @Test
  void line28PrevotesNilWhenLockedLaterThanTheValidRoundOnAnotherBlock() {
    Driver d = started(notProposerIn(0, 1, 2));
    Block old = kit.blockOf(1, 0, "old");
    // Round 0: a polka for `old` that this validator only learns of; it prevotes nil and precommits nil.
    d.timeout(1, 0, Step.PROPOSE);
    d.votes(prevotesFrom(othersThan(d.me), 0, Optional.of(old.hash())));
    d.timeout(1, 0, Step.PREVOTE);
    nextRoundByNilPrecommits(d, 0);
    // Round 1: locks on B.
    Block b = kit.blockOf(1, 1, "B");
    d.validProposal(kit.proposal(1, 1, b, -1));
    d.votes(prevotesFrom(othersThan(d.me).subList(0, 2), 1, Optional.of(b.hash())));
    assertThat(d.engine.snapshot().lockedRound()).isEqualTo(1);
    nextRoundByNilPrecommits(d, 1);
    // Round 2: `old` re-proposed with validRound 0 < lockedRound 1.
    List<ConsensusAction> out = d.validProposal(kit.proposal(1, 2, old, 0));
    assertThat(votesOf(out, VoteType.PREVOTE)).singleElement().satisfies(v -> assertThat(v.blockHash()).isEmpty());
  }

  @Test
  void line34SchedulesTimeoutPrevoteOnceOnAQuorumOfAnyPrevotes() {
    Driver d = started(notProposerIn(0));
    d.timeout(1, 0, Step.PROPOSE);
    Block b = kit.blockOf(1, 0, "A");
    List<KeyPair> others = othersThan(d.me);
    List<ConsensusAction> out = d.votes(prevote(others.get(0), 1, 0, b), vote(others.get(1), VoteType.PREVOTE, 1, 0,
        Optional.empty()));
    // Own nil + one nil + one for b = 3 of 4: a quorum of prevotes for no single value.
    assertThat(of(out, ScheduleTimeout.class)).containsExactly(
        new ScheduleTimeout(1, 0, Step.PREVOTE, Driver.TIMEOUTS.delayMs(Step.PREVOTE, 0)));
    assertThat(of(d.votes(prevote(others.get(2), 1, 0, b)), ScheduleTimeout.class)).isEmpty();
    assertThat(d.engine.snapshot().step()).isEqualTo(Step.PREVOTE);
  }

  @Test
  void line36LocksAndPrecommitsOnAQuorumOfPrevotesForTheProposal() {
    Driver d = started(notProposerIn(0));
    Block b = kit.blockOf(1, 0, "A");
    d.validProposal(kit.proposal(1, 0, b, -1));
    List<ConsensusAction> out = d.votes(prevotesFrom(othersThan(d.me).subList(0, 2), 0, Optional.of(b.hash())));
    assertThat(votesOf(out, VoteType.PRECOMMIT)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(b.hash()));
    RoundStateView s = d.engine.snapshot();
    assertThat(s.step()).isEqualTo(Step.PRECOMMIT);
    assertThat(s.lockedRound()).isZero();
    assertThat(s.lockedBlock()).contains(b.hash());
    assertThat(s.validRound()).isZero();
    assertThat(s.validBlock()).contains(b.hash());
  }

  @Test
  void line36AfterPrecommittingNilOnlyUpdatesTheValidValue() {
    Driver e = started(notProposerIn(0));
    Block b = kit.blockOf(1, 0, "A");
    e.timeout(1, 0, Step.PROPOSE);
    assertThat(votesOf(e.timeout(1, 0, Step.PREVOTE), VoteType.PRECOMMIT)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).isEmpty());
    e.votes(prevotesFrom(othersThan(e.me), 0, Optional.of(b.hash())));
    List<ConsensusAction> out = e.validProposal(kit.proposal(1, 0, b, -1));
    assertThat(votesOf(out, VoteType.PRECOMMIT)).isEmpty();
    RoundStateView s = e.engine.snapshot();
    assertThat(s.step()).isEqualTo(Step.PRECOMMIT);
    assertThat(s.lockedRound()).isEqualTo(-1);
    assertThat(s.validRound()).isZero();
    assertThat(s.validBlock()).contains(b.hash());
  }

  @Test
  void line44PrecommitsNilOnAQuorumOfNilPrevotes() {
    Driver d = started(notProposerIn(0));
    d.timeout(1, 0, Step.PROPOSE);
    List<ConsensusAction> out = d.votes(prevotesFrom(othersThan(d.me).subList(0, 2), 0, Optional.empty()));
    assertThat(votesOf(out, VoteType.PRECOMMIT)).singleElement().satisfies(v -> assertThat(v.blockHash()).isEmpty());
  }

  @Test
  void line47SchedulesTimeoutPrecommitOnAQuorumOfAnyPrecommits() {
    Driver d = started(notProposerIn(0));
    Block b = kit.blockOf(1, 0, "A");
    List<KeyPair> others = othersThan(d.me);
    List<ConsensusAction> out = d.votes(precommit(others.get(0), 1, 0, b),
        vote(others.get(1), VoteType.PRECOMMIT, 1, 0, Optional.empty()));
    assertThat(of(out, ScheduleTimeout.class)).isEmpty();
    out = d.votes(vote(others.get(2), VoteType.PRECOMMIT, 1, 0, Optional.empty()));
    assertThat(of(out, ScheduleTimeout.class)).containsExactly(
        new ScheduleTimeout(1, 0, Step.PRECOMMIT, Driver.TIMEOUTS.delayMs(Step.PRECOMMIT, 0)));
  }

  @Test
  void line49CommitsWithAVerifiableCertificateAndStartsTheNextHeight() {
    Driver d = started(notProposerIn(0));
    Block b = kit.blockOf(1, 0, "A");
    d.validProposal(kit.proposal(1, 0, b, -1));
    List<ConsensusAction> out = d.votes(precommitsFrom(othersThan(d.me), 0, Optional.of(b.hash())));
    List<Commit> commits = of(out, Commit.class);
    assertThat(commits).singleElement().satisfies(c -> {
      assertThat(c.block()).isEqualTo(b);
      assertThat(c.certificate().height()).isEqualTo(1);
      assertThat(c.certificate().signatures()).hasSize(3);
      assertThat(CertificateVerifier.secp256k1().verify(c.certificate(), b, kit.validators, BftTestKit.DOMAIN))
          .isEmpty();
    });
    // The new height's first actions follow the commit in the same list.
    int commitAt = out.indexOf(commits.get(0));
    assertThat(out.subList(commitAt + 1, out.size())).anySatisfy(a -> assertThat(a)
        .isEqualTo(new ScheduleTimeout(2, 0, Step.PROPOSE, Driver.TIMEOUTS.delayMs(Step.PROPOSE, 0))));
    assertThat(d.engine.snapshot().height()).isEqualTo(2);
    assertThat(d.engine.snapshot().round()).isZero();
  }

  @Test
  void line49CommitsABlockOfAnEarlierRound() {
    Driver e = started(notProposerIn(0, 1));
    e.timeout(1, 0, Step.PROPOSE);
    e.votes(prevotesFrom(othersThan(e.me), 0, Optional.empty()));
    e.timeout(1, 0, Step.PRECOMMIT);
    assertThat(e.engine.snapshot().round()).isEqualTo(1);
    // The others' round-0 precommits for b and the proposal were late; they still decide b.
    Block b = kit.blockOf(1, 0, "A");
    e.proposal(kit.proposal(1, 0, b, -1));
    List<ConsensusAction> out = e.votes(precommitsFrom(othersThan(e.me), 0, Optional.of(b.hash())));
    assertThat(of(out, ExecuteBlock.class)).containsExactly(new ExecuteBlock(b));
    assertThat(of(out, Commit.class)).isEmpty();
    out = e.executed(b, true);
    assertThat(of(out, Commit.class)).singleElement().satisfies(c -> assertThat(c.certificate().round()).isZero());
  }

  @Test
  void line49WaitsForTheBlockToBeValid() {
    Driver d = started(notProposerIn(0));
    Block b = kit.blockOf(1, 0, "A");
    d.proposal(kit.proposal(1, 0, b, -1));
    List<ConsensusAction> out = d.votes(precommitsFrom(othersThan(d.me), 0, Optional.of(b.hash())));
    assertThat(of(out, Commit.class)).isEmpty();
    assertThat(of(d.executed(b, true), Commit.class)).hasSize(1);
  }

  @Test
  void line49DoesNotCommitABlockTheNodeFindsInvalid() {
    Driver d = started(notProposerIn(0));
    Block b = kit.blockOf(1, 0, "A");
    d.proposal(kit.proposal(1, 0, b, -1));
    d.executed(b, false);
    assertThat(of(d.votes(precommitsFrom(othersThan(d.me), 0, Optional.of(b.hash()))), Commit.class)).isEmpty();
    assertThat(d.engine.snapshot().height()).isEqualTo(1);
  }

  @Test
  void line55SkipsToARoundMoreThanAThirdHasReached() {
    Driver d = started(notProposerIn(0, 3));
    List<KeyPair> others = othersThan(d.me);
    d.votes(vote(others.get(0), VoteType.PREVOTE, 1, 3, Optional.empty()));
    assertThat(d.engine.snapshot().round()).isZero(); // 1 of 4 is not more than 1/3
    List<ConsensusAction> out = d.votes(vote(others.get(1), VoteType.PRECOMMIT, 1, 3, Optional.empty()));
    assertThat(d.engine.snapshot().round()).isEqualTo(3);
    assertThat(of(out, ScheduleTimeout.class)).contains(
        new ScheduleTimeout(1, 3, Step.PROPOSE, Driver.TIMEOUTS.delayMs(Step.PROPOSE, 3)));
  }

  @Test
  void line55WorksForRoundsTooFarAheadToKeep() {
    Driver d = started(notProposerIn(0));
    List<KeyPair> others = othersThan(d.me);
    d.votes(vote(others.get(0), VoteType.PREVOTE, 1, 500, Optional.empty()),
        vote(others.get(1), VoteType.PREVOTE, 1, 400, Optional.empty()));
    assertThat(d.engine.snapshot().round()).isEqualTo(400);
  }

  @Test
  void line57TimeoutProposePrevotesNilAndStaleTimeoutsAreIgnored() {
    Driver d = started(notProposerIn(0));
    assertThat(votesOf(d.timeout(1, 1, Step.PROPOSE), VoteType.PREVOTE)).isEmpty();
    assertThat(votesOf(d.timeout(2, 0, Step.PROPOSE), VoteType.PREVOTE)).isEmpty();
    assertThat(votesOf(d.timeout(1, 0, Step.PROPOSE), VoteType.PREVOTE)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).isEmpty());
    assertThat(votesOf(d.timeout(1, 0, Step.PROPOSE), VoteType.PREVOTE)).isEmpty();
  }

  @Test
  void line61TimeoutPrevotePrecommitsNil() {
    Driver d = started(notProposerIn(0));
    assertThat(votesOf(d.timeout(1, 0, Step.PREVOTE), VoteType.PRECOMMIT)).isEmpty(); // still in propose
    d.timeout(1, 0, Step.PROPOSE);
    assertThat(votesOf(d.timeout(1, 0, Step.PREVOTE), VoteType.PRECOMMIT)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).isEmpty());
  }

  @Test
  void line65TimeoutPrecommitStartsTheNextRound() {
    Driver d = started(notProposerIn(0, 1));
    d.timeout(1, 0, Step.PRECOMMIT);
    assertThat(d.engine.snapshot().round()).isEqualTo(1);
    assertThat(d.engine.snapshot().step()).isEqualTo(Step.PROPOSE);
    d.timeout(1, 0, Step.PRECOMMIT); // stale now
    assertThat(d.engine.snapshot().round()).isEqualTo(1);
  }

  @Test
  void line15AProposerWithAValidValueReproposesItWithItsValidRound() {
    KeyPair me = kit.proposer(1, 1);
    Driver d = new Driver(kit, me);
    d.start();
    Block b = kit.blockOf(1, 0, "A");
    d.validProposal(kit.proposal(1, 0, b, -1));
    d.votes(prevotesFrom(othersThan(me).subList(0, 2), 0, Optional.of(b.hash())));
    d.votes(precommitsFrom(othersThan(me).subList(0, 2), 0, Optional.empty()));
    List<ConsensusAction> out = d.timeout(1, 0, Step.PRECOMMIT);
    assertThat(of(out, BuildBlock.class)).isEmpty();
    assertThat(Driver.broadcasts(out)).filteredOn(m -> m instanceof Proposal).singleElement().satisfies(m -> {
      Proposal p = (Proposal) m;
      assertThat(p.round()).isEqualTo(1);
      assertThat(p.validRound()).isZero();
      assertThat(p.blockHash()).isEqualTo(b.hash());
    });
  }
}
