package org.peerchain.consensus.bft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.consensus.bft.BftTestKit.precommit;
import static org.peerchain.consensus.bft.BftTestKit.prevote;
import static org.peerchain.consensus.bft.BftTestKit.vote;
import static org.peerchain.consensus.bft.engine.Driver.of;
import static org.peerchain.consensus.bft.engine.Driver.votesOf;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.engine.ConsensusAction.Commit;
import org.peerchain.consensus.bft.engine.ConsensusAction.EvidenceFound;
import org.peerchain.consensus.bft.engine.ConsensusAction.ExecuteBlock;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockBuilt;
import org.peerchain.consensus.bft.engine.ConsensusEvent.CommitReceived;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Hash;

/** Hostile and unusual input: none of it may count, crash the engine, or move it wrongly. */
class TendermintInputTest {
  private final BftTestKit kit = new BftTestKit(4);

  private KeyPair notProposer() {
    return kit.keys.stream().filter(k -> !kit.validators.proposer(1, 0).equals(k.address())).findFirst().orElseThrow();
  }

  private Driver started(KeyPair me) {
    Driver d = new Driver(kit, me);
    d.start();
    return d;
  }

  private List<KeyPair> othersThan(KeyPair me) {
    return kit.others(me.address());
  }

  @Test
  void duplicateVotesCountOnce() {
    Driver d = started(notProposer());
    d.timeout(1, 0, Step.PROPOSE);
    Vote nil = vote(othersThan(d.me).get(0), VoteType.PREVOTE, 1, 0, Optional.empty());
    // Own nil prevote + the same other nil prevote three times = 2 of 4: no quorum.
    List<ConsensusAction> out = d.votes(nil, nil, nil);
    assertThat(votesOf(out, VoteType.PRECOMMIT)).isEmpty();
    assertThat(out).isEmpty();
  }

  @Test
  void votesFromNonValidatorsAndWithBadSignaturesDoNotCount() {
    Driver d = started(notProposer());
    d.timeout(1, 0, Step.PROPOSE);
    List<KeyPair> others = othersThan(d.me);
    Vote outsider = vote(BftTestKit.outsider(), VoteType.PREVOTE, 1, 0, Optional.empty());
    Vote good = vote(others.get(0), VoteType.PREVOTE, 1, 0, Optional.empty());
    // Signed by others[1] but claiming to be others[2].
    Vote forged = new Vote(VoteType.PREVOTE, 1, 0, Optional.empty(), others.get(2).address(),
        vote(others.get(1), VoteType.PREVOTE, 1, 0, Optional.empty()).signature());
    Vote highS = withHighS(vote(others.get(1), VoteType.PREVOTE, 1, 0, Optional.empty()));
    List<ConsensusAction> out = d.votes(outsider, good, forged, highS);
    assertThat(votesOf(out, VoteType.PRECOMMIT)).isEmpty();
    // The genuine vote of others[1] still counts: own + good + it = quorum of nil.
    out = d.votes(vote(others.get(1), VoteType.PREVOTE, 1, 0, Optional.empty()));
    assertThat(votesOf(out, VoteType.PRECOMMIT)).hasSize(1);
  }

  @Test
  void messagesSignedForAnotherGenesisDoNotCountEvenWithTheSameChainIdAndKeys() {
    // A sibling testnet: chain 1337 too, the same validator keys, another genesis block.
    SigningDomain sibling = new SigningDomain(BftTestKit.CHAIN_ID, Hash.ZERO);
    Driver d = started(notProposer());
    KeyPair proposer = kit.proposer(1, 0);
    Block b = kit.blockOf(1, 0, "A");
    assertThat(d.proposal(BftTestKit.proposalBy(sibling, proposer, 1, 0, b, -1))).as("replayed proposal").isEmpty();
    d.timeout(1, 0, Step.PROPOSE);
    List<KeyPair> others = othersThan(d.me);
    List<ConsensusAction> out = d.votes(others.stream()
        .map(k -> BftTestKit.vote(sibling, k, VoteType.PREVOTE, 1, 0, Optional.empty())).toArray(Vote[]::new));
    assertThat(votesOf(out, VoteType.PRECOMMIT)).as("replayed prevotes make no quorum").isEmpty();
    List<CommitSignature> replayed = others.stream().map(k -> new CommitSignature(k.address(),
        BftTestKit.vote(sibling, k, VoteType.PRECOMMIT, 1, 0, Optional.of(b.hash())).signature())).toList();
    assertThat(of(d.on(new CommitReceived(b, new CommitCertificate(1, 0, b.hash(), replayed))), Commit.class))
        .as("replayed certificate").isEmpty();
    // The same votes signed for this chain's genesis do count.
    out = d.votes(others.stream().map(k -> vote(k, VoteType.PREVOTE, 1, 0, Optional.empty())).toArray(Vote[]::new));
    assertThat(votesOf(out, VoteType.PRECOMMIT)).hasSize(1);
  }

  private static Vote withHighS(Vote v) {
    Signature s = v.signature();
    BigInteger n = new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);
    Signature flipped = new Signature(s.r(), n.subtract(s.s()), 1 - s.recoveryId());
    return new Vote(v.type(), v.height(), v.round(), v.blockHash(), v.validator(), flipped);
  }

  @Test
  void proposalsFailingTheEngineChecksAreIgnored() {
    Driver d = started(notProposer());
    KeyPair proposer = kit.proposer(1, 0);
    KeyPair notIt = othersThan(proposer).get(0);
    Block good = kit.blockOf(1, 0, "A");
    List<Proposal> bad = List.of(
        BftTestKit.proposalBy(notIt, 1, 0, BftTestKit.block(1, notIt.address(), "x"), -1), // not the proposer
        kit.proposal(1, 0, BftTestKit.block(2, proposer.address(), "x"), -1),              // wrong number
        kit.proposal(1, 0, BftTestKit.block(1, notIt.address(), "x"), -1),                 // coinbase not proposer
        new Proposal(1, 0, good, -1, proposer.address(),                                   // bad signature
            BftTestKit.proposalBy(notIt, 1, 0, good, -1).signature()));
    for (Proposal p : bad) {
      assertThat(d.proposal(p)).isEmpty();
    }
    assertThat(of(d.proposal(kit.proposal(1, 0, good, -1)), ExecuteBlock.class)).hasSize(1);
  }

  @Test
  void conflictingVotesBecomeEvidenceAndTheSecondDoesNotCount() {
    Driver d = started(notProposer());
    d.timeout(1, 0, Step.PROPOSE);
    KeyPair byz = othersThan(d.me).get(0);
    Block b = kit.blockOf(1, 0, "A");
    Vote first = vote(byz, VoteType.PREVOTE, 1, 0, Optional.empty());
    Vote second = prevote(byz, 1, 0, b);
    d.votes(first);
    List<ConsensusAction> out = d.votes(second);
    assertThat(of(out, EvidenceFound.class)).singleElement().satisfies(e -> {
      assertThat(e.evidence().validator()).isEqualTo(byz.address());
      assertThat(e.evidence().first()).isEqualTo(first);
      assertThat(e.evidence().second()).isEqualTo(second);
    });
    assertThat(d.engine.evidence()).hasSize(1);
    assertThat(of(d.votes(second), EvidenceFound.class)).isEmpty(); // reported once
  }

  @Test
  void conflictingProposalsBecomeEvidence() {
    Driver d = started(notProposer());
    d.proposal(kit.proposal(1, 0, kit.blockOf(1, 0, "A"), -1));
    List<ConsensusAction> out = d.proposal(kit.proposal(1, 0, kit.blockOf(1, 0, "B"), -1));
    assertThat(of(out, EvidenceFound.class)).singleElement()
        .satisfies(e -> assertThat(e.evidence().step()).isEqualTo(Step.PROPOSE));
  }

  @Test
  void messagesOfTheNextHeightAreBufferedAndReplayedAfterTheCommit() {
    Driver d = started(notProposer());
    Block b1 = kit.blockOf(1, 0, "A");
    Block b2 = kit.blockOf(2, 0, "B");
    assertThat(d.proposal(kit.proposal(2, 0, b2, -1))).isEmpty();
    assertThat(d.votes(prevote(othersThan(d.me).get(0), 2, 0, b2))).isEmpty();
    d.validProposal(kit.proposal(1, 0, b1, -1));
    List<ConsensusAction> out = d.votes(othersThan(d.me).stream().map(k -> precommit(k, 1, 0, b1))
        .toArray(Vote[]::new));
    assertThat(of(out, Commit.class)).hasSize(1);
    assertThat(of(out, ExecuteBlock.class)).containsExactly(new ExecuteBlock(b2));
    assertThat(d.engine.snapshot().height()).isEqualTo(2);
  }

  @Test
  void messagesFarAheadAndOfOldHeightsAreDropped() {
    Driver d = started(notProposer());
    Block far = kit.blockOf(9, 0, "far");
    assertThat(d.proposal(kit.proposal(9, 0, far, -1))).isEmpty();
    assertThat(d.votes(vote(othersThan(d.me).get(0), VoteType.PREVOTE, 1, Integer.MAX_VALUE, Optional.empty())))
        .isEmpty();
    assertThat(d.engine.snapshot().round()).isZero();
  }

  @Test
  void staleAndStrayAnswersFromTheNodeAreIgnored() {
    Driver d = started(notProposer());
    Block b = kit.blockOf(1, 0, "A");
    assertThat(d.executed(b, true)).isEmpty();
    assertThat(d.on(new BlockBuilt(1, 0, b))).isEmpty(); // not the proposer
    assertThat(d.on(new BlockBuilt(7, 3, b))).isEmpty();
  }

  @Test
  void aCertifiedBlockFromSyncIsCommittedAndABadCertificateIsNot() {
    Driver d = started(notProposer());
    Block b = kit.blockOf(1, 0, "A");
    List<CommitSignature> two = othersThan(d.me).subList(0, 2).stream()
        .map(k -> new CommitSignature(k.address(), precommit(k, 1, 0, b).signature())).toList();
    assertThat(d.on(new CommitReceived(b, new CommitCertificate(1, 0, b.hash(), two)))).isEmpty();
    List<CommitSignature> three = othersThan(d.me).stream()
        .map(k -> new CommitSignature(k.address(), precommit(k, 1, 0, b).signature())).toList();
    List<ConsensusAction> out = d.on(new CommitReceived(b, new CommitCertificate(1, 0, b.hash(), three)));
    assertThat(of(out, Commit.class)).hasSize(1);
    assertThat(d.engine.snapshot().height()).isEqualTo(2);
  }

  @Test
  void aNonValidatorFollowsTheChainWithoutSigning() {
    Driver d = started(null);
    Block b = kit.blockOf(1, 0, "A");
    d.validProposal(kit.proposal(1, 0, b, -1));
    d.timeout(1, 0, Step.PROPOSE);
    List<ConsensusAction> out = d.votes(kit.keys.subList(0, 3).stream().map(k -> precommit(k, 1, 0, b))
        .toArray(Vote[]::new));
    assertThat(of(out, Commit.class)).hasSize(1);
    assertThat(Driver.broadcasts(out)).isEmpty();
  }

  @Test
  void aSingleValidatorCommitsAsSoonAsItsBlockIsBuilt() {
    BftTestKit solo = new BftTestKit(1);
    Driver d = new Driver(solo, solo.keys.get(0));
    d.start();
    Block b = BftTestKit.block(1, solo.keys.get(0).address(), "solo");
    List<ConsensusAction> out = d.on(new BlockBuilt(1, 0, b));
    assertThat(of(out, Commit.class)).singleElement().satisfies(c -> assertThat(c.block()).isEqualTo(b));
    assertThat(of(out, ConsensusAction.BuildBlock.class)).containsExactly(new ConsensusAction.BuildBlock(2, 0));
  }

  @Test
  void handleBeforeStartIsIgnored() {
    Driver d = new Driver(kit, notProposer());
    assertThat(d.engine.handle(new ConsensusEvent.TimeoutFired(1, 0, Step.PROPOSE))).isEmpty();
    assertThat(d.engine.handle(null)).isEmpty();
  }
}
