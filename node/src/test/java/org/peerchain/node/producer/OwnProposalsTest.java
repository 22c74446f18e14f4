package org.peerchain.node.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusEvent.CommitReceived;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.bft.signer.LocalSigner;
import org.peerchain.consensus.execution.BlockBuilder;
import org.peerchain.consensus.execution.ChainRules;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.core.block.Block;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.node.chain.ChainSignerStateStore;
import org.peerchain.node.dev.DevChain;
import org.peerchain.storage.chain.ChainStore;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;

/** A sole validator killed after precommitting its own block finishes that commit on start. */
class OwnProposalsTest {
  private final Genesis genesis = DevChain.genesis(1337, DevChain.accounts(2), DevChain.ethToWei(BigInteger.TEN), 0,
      10_000, 1_700_000_000L);
  private final KeyPair validator = DevChain.validatorKey();
  private final ValidatorSet validators = ValidatorSet.of(genesis.validators());
  private final InMemoryKeyValueStore kv = InMemoryKeyValueStore.create(Schema.ALL);
  private final WorldState state = WorldState.open(kv, StatePruning.archive());
  private final ChainStore chain;
  private final Block block;
  private final SigningDomain domain;

  OwnProposalsTest() {
    GenesisBlock.Result g = GenesisBlock.build(genesis, state);
    chain = ChainStore.initialize(kv, g.block(), g.state());
    state.onCommitted(g.state());
    domain = new SigningDomain(1337, g.block().hash());
    block = new BlockBuilder(ChainRules.of(genesis)).build(g.block().header(), validator.address(), 1_700_000_001L,
        List.of(), state, Bytes.EMPTY).block();
  }

  private LocalSigner signer() {
    return new LocalSigner(domain, validator, new ChainSignerStateStore(chain, "local-signer"));
  }

  @Test
  void storedBlockAndPrecommitMakeTheCommit() {
    OwnProposals own = new OwnProposals(chain, validators, Optional.of(validator.address()));
    own.beforeProposing(block);
    LocalSigner before = signer();
    before.signProposal(1, 0, block, -1).orElseThrow();
    before.signVote(VoteType.PREVOTE, 1, 0, Optional.of(block.hash())).orElseThrow();
    before.signVote(VoteType.PRECOMMIT, 1, 0, Optional.of(block.hash())).orElseThrow();

    // A new signer over the same store: what a restarted process reads back.
    Optional<CommitReceived> commit = own.decidedBeforeRestart(signer().lastSigned(), validators, domain);

    assertThat(commit).isPresent();
    assertThat(commit.get().block().hash()).isEqualTo(block.hash());
    assertThat(commit.get().certificate().height()).isEqualTo(1);
    assertThat(commit.get().certificate().signatures()).hasSize(1);
  }

  @Test
  void nothingToFinishWithoutAPrecommitOrWithoutTheBlock() {
    OwnProposals own = new OwnProposals(chain, validators, Optional.of(validator.address()));
    LocalSigner before = signer();
    before.signProposal(1, 0, block, -1).orElseThrow();
    before.signVote(VoteType.PREVOTE, 1, 0, Optional.of(block.hash())).orElseThrow();
    assertThat(own.decidedBeforeRestart(signer().lastSigned(), validators, domain)).as("no block stored").isEmpty();
    own.beforeProposing(block);
    assertThat(own.decidedBeforeRestart(signer().lastSigned(), validators, domain)).as("no precommit").isEmpty();
    before.signVote(VoteType.PRECOMMIT, 1, 0, Optional.empty()).orElseThrow();
    assertThat(own.decidedBeforeRestart(signer().lastSigned(), validators, domain)).as("precommit for nil").isEmpty();
  }

  @Test
  void aValidatorWithoutAQuorumOfItsOwnStoresNothing() {
    KeyPair other = DevChain.accounts(1).get(0);
    ValidatorSet four = ValidatorSet.of(List.of(new org.peerchain.core.genesis.GenesisValidator(validator.address(), 1),
        new org.peerchain.core.genesis.GenesisValidator(other.address(), 1),
        new org.peerchain.core.genesis.GenesisValidator(DevChain.accounts(2).get(1).address(), 1)));
    OwnProposals own = new OwnProposals(chain, four, Optional.of(validator.address()));
    own.beforeProposing(block);
    assertThat(chain.signerState(OwnProposals.KEY)).isEmpty();
  }
}
