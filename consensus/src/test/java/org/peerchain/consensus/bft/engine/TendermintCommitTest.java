package org.peerchain.consensus.bft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.consensus.bft.BftTestKit.precommit;
import static org.peerchain.consensus.bft.BftTestKit.prevote;
import static org.peerchain.consensus.bft.engine.Driver.of;
import static org.peerchain.consensus.bft.engine.Driver.votesOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.consensus.bft.engine.ConsensusAction.Commit;
import org.peerchain.consensus.bft.engine.ConsensusAction.ExecuteBlock;
import org.peerchain.consensus.bft.engine.ConsensusAction.ScheduleTimeout;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BodyMismatch;
import org.peerchain.consensus.bft.engine.ConsensusEvent.CommitFailed;
import org.peerchain.consensus.bft.engine.ConsensusEvent.CommitReceived;
import org.peerchain.consensus.bft.engine.ConsensusEvent.Committed;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.bft.signer.InMemorySignerStateStore;
import org.peerchain.consensus.bft.signer.LocalSigner;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/**
 * The height ends when the node has stored the block, not when the engine decides it; and a body
 * altered on the way costs the copy, never the block.
 */
class TendermintCommitTest {
  private final BftTestKit kit = new BftTestKit(4);

  private KeyPair notProposer() {
    return kit.keys.stream().filter(k -> !kit.validators.proposer(1, 0).equals(k.address())).findFirst().orElseThrow();
  }

  private Driver manual(KeyPair me) {
    Driver d = new Driver(kit, me);
    d.autoCommit = false;
    d.start();
    return d;
  }

  private Vote[] precommitsOfOthers(KeyPair me, Block b) {
    return kit.others(me.address()).stream().map(k -> precommit(k, 1, 0, b)).toArray(Vote[]::new);
  }

  private CommitCertificate certificate(Block b) {
    List<CommitSignature> sigs = kit.keys.subList(0, 3).stream()
        .map(k -> new CommitSignature(k.address(), precommit(k, 1, 0, b).signature())).toList();
    return new CommitCertificate(1, 0, b.hash(), sigs);
  }

  /** The same header (so the same hash and the proposer's signature still holds) with a body it does not commit to. */
  private static Block tampered(Block b) {
    UnsignedTransaction tx = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(0)
        .maxPriorityFeePerGas(UInt256.ONE).maxFeePerGas(UInt256.valueOf(2_000_000_000L)).gasLimit(21_000)
        .to(Address.fromHexString("0x00000000000000000000000000000000000000aa")).value(UInt256.ONE).build();
    PrivateKey key = PrivateKey.fromBigInteger(java.math.BigInteger.valueOf(0xBAD));
    return new Block(b.header(), new BlockBody(List.of(TransactionSigner.sign(tx, BftTestKit.CHAIN_ID, key))));
  }

  @Test
  void aDecisionWaitsForTheNodeToStoreTheBlockBeforeTheNextHeight() {
    Driver d = manual(notProposer());
    Block b1 = kit.blockOf(1, 0, "A");
    Block b2 = kit.blockOf(2, 0, "B");
    d.validProposal(kit.proposal(1, 0, b1, -1));
    List<ConsensusAction> out = d.votes(precommitsOfOthers(d.me, b1));
    assertThat(of(out, Commit.class)).singleElement().satisfies(c -> assertThat(c.block()).isEqualTo(b1));
    assertThat(of(out, ScheduleTimeout.class)).noneMatch(t -> t.height() == 2);
    assertThat(d.engine.height()).isEqualTo(1);
    assertThat(d.engine.awaitingCommit()).isTrue();

    // While the block is being stored: next-height messages wait, timeouts of the height do nothing.
    assertThat(d.proposal(kit.proposal(2, 0, b2, -1))).isEmpty();
    assertThat(d.timeout(1, 0, Step.PRECOMMIT)).isEmpty();
    assertThat(d.on(new CommitReceived(b1, certificate(b1)))).isEmpty();

    out = d.on(new Committed(1, b1.hash()));
    assertThat(d.engine.height()).isEqualTo(2);
    assertThat(d.engine.awaitingCommit()).isFalse();
    assertThat(of(out, ScheduleTimeout.class)).contains(
        new ScheduleTimeout(2, 0, Step.PROPOSE, Driver.TIMEOUTS.delayMs(Step.PROPOSE, 0)));
    assertThat(of(out, ExecuteBlock.class)).containsExactly(new ExecuteBlock(b2)); // the buffered proposal
  }

  @Test
  void aConfirmationForAnotherBlockOrHeightDoesNotMoveTheEngine() {
    Driver d = manual(notProposer());
    Block b1 = kit.blockOf(1, 0, "A");
    d.validProposal(kit.proposal(1, 0, b1, -1));
    d.votes(precommitsOfOthers(d.me, b1));
    assertThat(d.on(new Committed(1, kit.blockOf(1, 0, "other").hash()))).isEmpty();
    assertThat(d.on(new Committed(2, b1.hash()))).isEmpty();
    assertThat(d.engine.height()).isEqualTo(1);
    assertThat(d.engine.awaitingCommit()).isTrue();
  }

  @Test
  void aFailedCommitLeavesTheEngineAtItsHeightUntilAGoodCopyCommits() {
    Driver d = manual(null);
    Block b = kit.blockOf(1, 0, "A");
    Block bad = tampered(b);
    List<ConsensusAction> out = d.on(new CommitReceived(bad, certificate(b)));
    assertThat(of(out, Commit.class)).singleElement().satisfies(c -> assertThat(c.block()).isSameAs(bad));

    assertThat(d.on(new CommitFailed(1, b.hash(), "transactions root does not match"))).isEmpty();
    assertThat(d.engine.height()).isEqualTo(1);
    assertThat(d.engine.awaitingCommit()).isFalse();

    // Sync brings the block again from another peer.
    out = d.on(new CommitReceived(b, certificate(b)));
    assertThat(of(out, Commit.class)).singleElement().satisfies(c -> assertThat(c.block()).isSameAs(b));
    d.on(new Committed(1, b.hash()));
    assertThat(d.engine.height()).isEqualTo(2);
  }

  @Test
  void aFailedCommitOfItsOwnDecisionIsNotRetriedWithTheSameCopy() {
    Driver d = manual(notProposer());
    Block b = kit.blockOf(1, 0, "A");
    d.validProposal(kit.proposal(1, 0, b, -1));
    d.votes(precommitsOfOthers(d.me, b));
    List<ConsensusAction> out = d.on(new CommitFailed(1, b.hash(), "disk said no"));
    assertThat(of(out, Commit.class)).isEmpty();
    assertThat(d.engine.height()).isEqualTo(1);
    // A copy from the network is judged again and then decided with the quorum already there.
    out = d.proposal(kit.proposal(1, 0, b, -1));
    assertThat(of(out, ExecuteBlock.class)).containsExactly(new ExecuteBlock(b));
    out = d.executed(b, true);
    assertThat(of(out, Commit.class)).hasSize(1);
  }

  @Test
  void anAlteredBodyIsForgottenAndTheHonestCopyOfTheSameBlockIsStillTaken() {
    Driver d = manual(notProposer());
    Block honest = kit.blockOf(1, 0, "A");
    Block bad = tampered(honest);
    assertThat(bad.hash()).isEqualTo(honest.hash());

    List<ConsensusAction> out = d.proposal(kit.proposal(1, 0, bad, -1));
    assertThat(of(out, ExecuteBlock.class)).singleElement().satisfies(x -> assertThat(x.block()).isSameAs(bad));
    out = d.on(new BodyMismatch(bad, "transactions root does not match"));
    assertThat(votesOf(out, VoteType.PREVOTE)).isEmpty(); // neither nil nor for it: the block was not judged

    out = d.proposal(kit.proposal(1, 0, honest, -1));
    assertThat(of(out, ExecuteBlock.class)).singleElement().satisfies(x -> assertThat(x.block()).isSameAs(honest));
    out = d.executed(honest, true);
    assertThat(votesOf(out, VoteType.PREVOTE)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(honest.hash()));
  }

  @Test
  void aBadCopyArrivingAfterTheGoodOneCarriesTheGoodBody() {
    KeyPair me = kit.keys.stream().filter(k -> !kit.validators.proposer(1, 0).equals(k.address())
        && !kit.validators.proposer(1, 1).equals(k.address())).findFirst().orElseThrow();
    Driver d = manual(me);
    List<KeyPair> others = kit.others(me.address());
    Block honest = kit.blockOf(1, 0, "A");
    d.validProposal(kit.proposal(1, 0, honest, -1));
    d.votes(others.stream().map(k -> prevote(k, 1, 0, honest)).toArray(Vote[]::new));
    d.votes(others.stream().map(k -> BftTestKit.vote(k, VoteType.PRECOMMIT, 1, 0, Optional.empty()))
        .toArray(Vote[]::new));
    d.timeout(1, 0, Step.PRECOMMIT);
    assertThat(d.engine.snapshot().round()).isEqualTo(1);

    // Round 1 re-proposes the block, but a relayer swapped its body: the held, valid body stands in.
    Block bad = tampered(honest);
    List<ConsensusAction> out = d.proposal(kit.proposal(1, 1, bad, 0));
    assertThat(of(out, ExecuteBlock.class)).isEmpty();
    assertThat(votesOf(out, VoteType.PREVOTE)).singleElement()
        .satisfies(v -> assertThat(v.blockHash()).contains(honest.hash()));
    out = d.votes(others.stream().map(k -> precommit(k, 1, 1, honest)).toArray(Vote[]::new));
    assertThat(of(out, Commit.class)).singleElement().satisfies(c -> assertThat(c.block()).isSameAs(honest));
  }

  @Test
  void aBodyMismatchForACopyNoLongerHeldChangesNothing() {
    Driver d = manual(notProposer());
    Block honest = kit.blockOf(1, 0, "A");
    d.validProposal(kit.proposal(1, 0, honest, -1));
    assertThat(d.on(new BodyMismatch(tampered(honest), "stray"))).isEmpty();
    List<ConsensusAction> out = d.votes(precommitsOfOthers(d.me, honest));
    assertThat(of(out, Commit.class)).hasSize(1);
  }

  @Test
  void anInternalErrorHaltsTheEngine() {
    KeyPair me = notProposer();
    Tendermint engine = new Tendermint(BftTestKit.DOMAIN, kit.validators,
        Optional.of(new LocalSigner(BftTestKit.DOMAIN, me, new InMemorySignerStateStore())),
        (step, round) -> {
          if (round == 1) {
            throw new IllegalStateException("boom");
          }
          return 1000;
        }, MessageVerifier.secp256k1(), 1);
    engine.start();
    assertThat(engine.haltReason()).isEmpty();
    engine.handle(new ConsensusEvent.TimeoutFired(1, 0, Step.PROPOSE));
    kit.others(me.address()).forEach(k -> engine.handle(new ConsensusEvent.VoteReceived(
        BftTestKit.vote(k, VoteType.PRECOMMIT, 1, 0, Optional.empty()))));
    engine.handle(new ConsensusEvent.TimeoutFired(1, 0, Step.PRECOMMIT)); // round 1: the policy throws
    assertThat(engine.internalErrors()).isEqualTo(1);
    assertThat(engine.haltReason()).hasValueSatisfying(r -> assertThat(r).contains("boom").contains("height 1"));
    assertThat(engine.handle(new ConsensusEvent.TimeoutFired(1, 1, Step.PROPOSE))).isEmpty();
  }
}
