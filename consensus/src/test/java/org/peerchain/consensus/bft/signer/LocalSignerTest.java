package org.peerchain.consensus.bft.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.consensus.bft.message.ConsensusMessageCodec;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;

class LocalSignerTest {
  private final KeyPair key = BftTestKit.key(0);
  private final Block a = BftTestKit.block(1, key.address(), "A");
  private final Block b = BftTestKit.block(1, key.address(), "B");

  @Test
  void signsVerifiableMessages() {
    LocalSigner s = new LocalSigner(BftTestKit.DOMAIN, key, new InMemorySignerStateStore());
    Vote v = s.signVote(VoteType.PREVOTE, 1, 0, Optional.of(a.hash())).orElseThrow();
    assertThat(MessageVerifier.secp256k1().verify(BftTestKit.DOMAIN, v)).isTrue();
    assertThat(MessageVerifier.secp256k1().verify(new SigningDomain(BftTestKit.CHAIN_ID + 1, BftTestKit.GENESIS), v))
        .isFalse();
    assertThat(MessageVerifier.secp256k1().verify(new SigningDomain(BftTestKit.CHAIN_ID, Hash.ZERO), v))
        .as("same chain id, another genesis").isFalse();
    assertThat(MessageVerifier.secp256k1().verify(BftTestKit.DOMAIN,
        s.signProposal(1, 1, a, 0).orElseThrow())).isTrue();
  }

  @Test
  void refusesAConflictingMessageAtTheSameHeightRoundAndStep() {
    LocalSigner s = new LocalSigner(BftTestKit.DOMAIN, key, new InMemorySignerStateStore());
    Vote first = s.signVote(VoteType.PREVOTE, 1, 0, Optional.of(a.hash())).orElseThrow();
    assertThat(s.signVote(VoteType.PREVOTE, 1, 0, Optional.of(b.hash()))).isEmpty();
    assertThat(s.signVote(VoteType.PREVOTE, 1, 0, Optional.empty())).isEmpty();
    assertThat(s.signVote(VoteType.PREVOTE, 1, 0, Optional.of(a.hash()))).contains(first);
    assertThat(s.signProposal(1, 1, a, -1)).isPresent();
    assertThat(s.signProposal(1, 1, b, -1)).isEmpty();
  }

  @Test
  void refusesAnythingLowerThanTheLastSigned() {
    LocalSigner s = new LocalSigner(BftTestKit.DOMAIN, key, new InMemorySignerStateStore());
    assertThat(s.signVote(VoteType.PRECOMMIT, 2, 3, Optional.empty())).isPresent();
    assertThat(s.signVote(VoteType.PREVOTE, 2, 3, Optional.empty())).isEmpty();
    assertThat(s.signProposal(2, 3, BftTestKit.block(2, key.address(), "x"), -1)).isEmpty();
    assertThat(s.signVote(VoteType.PRECOMMIT, 2, 2, Optional.empty())).isEmpty();
    assertThat(s.signVote(VoteType.PRECOMMIT, 1, 9, Optional.empty())).isEmpty();
    assertThat(s.signVote(VoteType.PREVOTE, 2, 4, Optional.empty())).isPresent();
  }

  @Test
  void theRecordSurvivesARestartAndKeepsTheLock() {
    InMemorySignerStateStore store = new InMemorySignerStateStore();
    LocalSigner s = new LocalSigner(BftTestKit.DOMAIN, key, store);
    s.signVote(VoteType.PRECOMMIT, 1, 1, Optional.of(a.hash())).orElseThrow();
    s.signVote(VoteType.PREVOTE, 1, 2, Optional.of(a.hash())).orElseThrow();

    LocalSigner restarted = new LocalSigner(BftTestKit.DOMAIN, key, store);
    SignerState last = restarted.lastSigned().orElseThrow();
    assertThat(last.height()).isEqualTo(1);
    assertThat(last.round()).isEqualTo(2);
    assertThat(last.step()).isEqualTo(Step.PREVOTE);
    assertThat(last.lockedRound()).isEqualTo(1);
    assertThat(last.lockedBlock()).contains(a.hash());
    assertThat(last.votes()).extracting(Vote::round).containsExactly(2);
    assertThat(restarted.signVote(VoteType.PREVOTE, 1, 2, Optional.of(b.hash()))).isEmpty();
    Vote precommit = restarted.signVote(VoteType.PRECOMMIT, 1, 2, Optional.empty()).orElseThrow();
    assertThat(restarted.lastSigned().orElseThrow().votes()).hasSize(2).contains(precommit);
    // A new height clears the lock.
    restarted.signVote(VoteType.PREVOTE, 2, 0, Optional.empty()).orElseThrow();
    assertThat(restarted.lastSigned().orElseThrow().lockedRound()).isEqualTo(-1);
  }

  @Test
  void persistsBeforeReturningAndSignsNothingWhenPersistingFails() {
    List<Bytes> saved = new ArrayList<>();
    SignerStateStore recording = new SignerStateStore() {
      @Override
      public Optional<Bytes> load() {
        return Optional.empty();
      }

      @Override
      public void save(Bytes state) {
        saved.add(state);
      }
    };
    LocalSigner s = new LocalSigner(BftTestKit.DOMAIN, key, recording);
    s.signVote(VoteType.PREVOTE, 1, 0, Optional.empty()).orElseThrow();
    assertThat(saved).hasSize(1);
    assertThat(SignerStateCodec.decode(saved.get(0)).round()).isZero();
    s.signVote(VoteType.PREVOTE, 1, 0, Optional.empty()).orElseThrow();
    assertThat(saved).hasSize(1); // identical re-sign needs no new record

    SignerStateStore broken = new SignerStateStore() {
      @Override
      public Optional<Bytes> load() {
        return Optional.empty();
      }

      @Override
      public void save(Bytes state) {
        throw new IllegalStateException("disk full");
      }
    };
    LocalSigner failing = new LocalSigner(BftTestKit.DOMAIN, key, broken);
    assertThatThrownBy(() -> failing.signVote(VoteType.PREVOTE, 1, 0, Optional.empty())).hasMessage("disk full");
    assertThat(failing.lastSigned()).isEmpty();
  }

  @Test
  void anUnreadableRecordStopsTheSigner() {
    InMemorySignerStateStore store = new InMemorySignerStateStore();
    store.save(Bytes.of(0x01, 0x02));
    assertThatThrownBy(() -> new LocalSigner(BftTestKit.DOMAIN, key, store))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("unreadable");
  }

  @Test
  void signerStateRoundTripsAndRejectsGarbage() {
    Vote pre = BftTestKit.vote(key, VoteType.PREVOTE, 7, 3, Optional.of(a.hash()));
    Vote com = BftTestKit.vote(key, VoteType.PRECOMMIT, 7, 3, Optional.empty());
    SignerState s = new SignerState(7, 3, Step.PRECOMMIT, Hash.ZERO, 2, Optional.of(a.hash()), Optional.empty(),
        List.of(pre, com));
    assertThat(SignerStateCodec.decode(SignerStateCodec.encode(s))).isEqualTo(s);
    SignerState none = new SignerState(7, 3, Step.PROPOSE, a.hash(), -1, Optional.empty(), Optional.empty(), List.of());
    assertThat(SignerStateCodec.decode(SignerStateCodec.encode(none))).isEqualTo(none);
    assertThatThrownBy(() -> new SignerState(7, 3, Step.PROPOSE, a.hash(), 4, Optional.of(a.hash()), Optional.empty(),
        List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SignerState(7, 4, Step.PRECOMMIT, a.hash(), -1, Optional.empty(), Optional.empty(),
        List.of(pre)))
        .hasMessageContaining("only votes of 7/4");
    assertThatThrownBy(() -> SignerStateCodec.decode(Bytes.fromHexString("c101")))
        .isInstanceOf(org.peerchain.core.rlp.RlpException.class);
  }

  @Test
  void aLockingPrecommitKeepsTheBlockAndItsPolkaUntilTheNextHeight() {
    InMemorySignerStateStore store = new InMemorySignerStateStore();
    LocalSigner s = new LocalSigner(BftTestKit.DOMAIN, key, store);
    LockProof proof = new LockProof(a, polka(1, 1, a));
    Vote precommit = s.signLockingPrecommit(1, 1, proof).orElseThrow();
    assertThat(precommit.blockHash()).contains(a.hash());

    LocalSigner restarted = new LocalSigner(BftTestKit.DOMAIN, key, store);
    assertThat(restarted.lastSigned().orElseThrow().lockProof()).contains(proof);
    // Later signatures at the height carry the proof on; a new height drops it with the lock.
    restarted.signVote(VoteType.PRECOMMIT, 1, 2, Optional.empty()).orElseThrow();
    assertThat(new LocalSigner(BftTestKit.DOMAIN, key, store).lastSigned().orElseThrow().lockProof())
        .contains(proof);
    restarted.signVote(VoteType.PREVOTE, 2, 0, Optional.empty()).orElseThrow();
    assertThat(restarted.lastSigned().orElseThrow().lockProof()).isEmpty();
  }

  @Test
  void aLockingPrecommitIsGuardedLikeAnyVote() {
    LocalSigner s = new LocalSigner(BftTestKit.DOMAIN, key, new InMemorySignerStateStore());
    s.signVote(VoteType.PRECOMMIT, 1, 1, Optional.empty()).orElseThrow();
    assertThat(s.signLockingPrecommit(1, 1, new LockProof(a, polka(1, 1, a)))).isEmpty();
    assertThat(s.lastSigned().orElseThrow().lockProof()).isEmpty();
    assertThatThrownBy(() -> s.signLockingPrecommit(1, 2, new LockProof(a, polka(1, 1, a))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLockProofRoundTripsAndAVersionOneRecordStillReads() {
    Vote com = BftTestKit.vote(key, VoteType.PRECOMMIT, 1, 2, Optional.of(a.hash()));
    SignerState s = new SignerState(1, 2, Step.PRECOMMIT, Hash.ZERO, 2, Optional.of(a.hash()),
        Optional.of(new LockProof(a, polka(1, 2, a))), List.of(com));
    assertThat(SignerStateCodec.decode(SignerStateCodec.encode(s))).isEqualTo(s);
    assertThatThrownBy(() -> new SignerState(1, 2, Step.PRECOMMIT, Hash.ZERO, 2, Optional.of(b.hash()),
        Optional.of(new LockProof(a, polka(1, 2, a))), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LockProof(a, polka(1, 2, b))).isInstanceOf(IllegalArgumentException.class);

    Bytes versionOne = new RlpWriter().startList().writeInt(1).writeLong(1).writeInt(2)
        .writeInt(Step.PRECOMMIT.ordinal()).writeHash(Hash.ZERO).writeLong(3).writeBytes(a.hash().bytes())
        .startList().writeRaw(ConsensusMessageCodec.encode(com)).endList().endList().toBytes();
    assertThat(SignerStateCodec.decode(versionOne)).isEqualTo(new SignerState(1, 2, Step.PRECOMMIT, Hash.ZERO, 2,
        Optional.of(a.hash()), Optional.empty(), List.of(com)));
  }

  private static List<Vote> polka(long height, int round, Block block) {
    List<Vote> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      out.add(BftTestKit.prevote(BftTestKit.key(i), height, round, block));
    }
    return out;
  }
}
