package org.peerchain.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.bft.signer.LocalSigner;
import org.peerchain.consensus.bft.signer.SignerStateCodec;
import org.peerchain.consensus.bft.signer.SignerStateStore;
import org.peerchain.consensus.execution.BlockBuilder;
import org.peerchain.consensus.execution.BuiltBlock;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Hash;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.node.metrics.NodeMetrics;
import org.peerchain.node.testsupport.MemoryChain;

class SignerStoresTest {
  private static final String KEY = "local-signer";
  private final MemoryChain dev = new MemoryChain(0, 1_000);
  private final KeyPair me = DevChain.validatorKey();
  private final SigningDomain domain = new SigningDomain(MemoryChain.CHAIN_ID,
      dev.chain.chain().blockHashByNumber(0).orElseThrow());
  private final ValidatorSet alone = ValidatorSet.of(List.of(new GenesisValidator(me.address(), 1)));
  private final ValidatorSet four = ValidatorSet.of(List.of(new GenesisValidator(me.address(), 1),
      new GenesisValidator(DevChain.accounts(3).get(0).address(), 1),
      new GenesisValidator(DevChain.accounts(3).get(1).address(), 1),
      new GenesisValidator(DevChain.accounts(3).get(2).address(), 1)));

  @Test
  void onlyASoleValidatorWithoutANetworkBatchesItsRecords() {
    assertThat(SignerStores.batched(alone, me.address(), false)).isTrue();
    assertThat(SignerStores.batched(alone, me.address(), true)).as("peers may hold its signatures").isFalse();
    assertThat(SignerStores.batched(four, me.address(), false)).isFalse();
    assertThat(SignerStores.batched(alone, DevChain.accounts(1).get(0).address(), false)).as("not the validator").isFalse();
  }

  @Test
  void aValidatorOfSeveralStoresItsRecordDurablyBeforeTheSignatureIsReturned() {
    SignerStateStore store = SignerStores.forValidator(dev.chain.chain(), KEY, four, me.address(), false);
    assertThat(store).isInstanceOf(ChainSignerStateStore.class);
    LocalSigner signer = new LocalSigner(domain, me, store);

    Optional<Vote> vote = signer.signVote(VoteType.PREVOTE, 1, 0, Optional.of(Hash.ZERO));

    assertThat(vote).isPresent();
    assertThat(dev.chain.chain().signerState(KEY)).as("on disk with no block committed")
        .hasValueSatisfying(b -> assertThat(SignerStateCodec.decode(b).height()).isEqualTo(1));
    LocalSigner restarted = new LocalSigner(domain, me, SignerStores.forValidator(dev.chain.chain(), KEY, four,
        me.address(), false));
    assertThat(restarted.signVote(VoteType.PREVOTE, 1, 0, Optional.of(Keccak.hash(Bytes.of(1)))))
        .as("a conflicting vote after a crash").isEmpty();
  }

  @Test
  void aSoleValidatorWithPeersStoresItsRecordBeforeSigningToo() {
    SignerStateStore store = SignerStores.forValidator(dev.chain.chain(), KEY, alone, me.address(), true);
    new LocalSigner(domain, me, store).signVote(VoteType.PREVOTE, 1, 0, Optional.of(Hash.ZERO));

    assertThat(dev.chain.chain().signerState(KEY)).isPresent();
  }

  @Test
  void aSoleValidatorsRecordIsWrittenInItsBlocksBatch() {
    BatchedSignerStateStore store = (BatchedSignerStateStore) SignerStores.forValidator(dev.chain.chain(), KEY, alone,
        me.address(), false);
    LocalSigner signer = new LocalSigner(domain, me, store);
    BuiltBlock built = new BlockBuilder(dev.rules).build(dev.chain.head(), me.address(), 1_700_000_001L, List.of(),
        dev.chain.state(), Bytes.EMPTY);
    Vote precommit = signer.signVote(VoteType.PRECOMMIT, 1, 0, Optional.of(built.block().hash())).orElseThrow();
    assertThat(dev.chain.chain().signerState(KEY)).as("nothing written before the block").isEmpty();

    new BlockCommitter(dev.chain, dev.pool, new NodeEvents(), new NodeMetrics(System::nanoTime), System::nanoTime,
        store::pendingRows).commit(built.executed(), new CommitCertificate(1, 0, built.block().hash(),
            List.of(new CommitSignature(me.address(), precommit.signature()))), 0);

    assertThat(dev.chain.chain().signerState(KEY)).as("with the block")
        .hasValueSatisfying(b -> assertThat(SignerStateCodec.decode(b).votes()).containsExactly(precommit));
    LocalSigner restarted = new LocalSigner(domain, me, new BatchedSignerStateStore(dev.chain.chain(), KEY));
    assertThat(restarted.lastSigned().orElseThrow().height()).isEqualTo(1);
  }

  @Test
  void aCrashBeforeTheBlockLeavesNoRecordOfThatHeight() {
    LocalSigner signer = new LocalSigner(domain, me, SignerStores.forValidator(dev.chain.chain(), KEY, alone,
        me.address(), false));
    signer.signVote(VoteType.PRECOMMIT, 1, 0, Optional.of(Hash.ZERO)).orElseThrow();

    // The process died: the block, its certificate and this precommit exist nowhere.
    LocalSigner restarted = new LocalSigner(domain, me, new BatchedSignerStateStore(dev.chain.chain(), KEY));
    assertThat(restarted.signVote(VoteType.PRECOMMIT, 1, 0, Optional.of(Keccak.hash(Bytes.of(1))))).isPresent();
  }

  @Test
  void aRewindDiscardsTheUnwrittenRecord() {
    BatchedSignerStateStore store = new BatchedSignerStateStore(dev.chain.chain(), KEY);
    new LocalSigner(domain, me, store).signVote(VoteType.PREVOTE, 5, 0, Optional.of(Hash.ZERO));
    assertThat(store.pendingRows()).containsOnlyKeys(KEY);

    store.discard();

    assertThat(store.pendingRows()).isEmpty();
    assertThat(store.load()).isEmpty();
    assertThat(new LocalSigner(domain, me, store).signVote(VoteType.PREVOTE, 1, 0, Optional.of(Hash.ZERO))).isPresent();
  }
}
