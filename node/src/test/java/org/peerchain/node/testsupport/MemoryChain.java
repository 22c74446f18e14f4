package org.peerchain.node.testsupport;

import java.math.BigInteger;
import org.peerchain.consensus.execution.ChainRules;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.node.txpool.TxPoolConfig;
import org.peerchain.storage.chain.ChainStore;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;

/** The dev chain's genesis (chain 1337, funded dev accounts, the dev validator) in memory, with a pool over it. */
public final class MemoryChain {
  public static final long CHAIN_ID = 1337;

  public final Genesis genesis;
  public final ChainRules rules;
  public final LocalChain chain;
  public final TxPool pool;

  public MemoryChain(long blockPeriodMs, long emptyBlockPeriodMs) {
    genesis = DevChain.genesis(CHAIN_ID, DevChain.accounts(4), DevChain.ethToWei(BigInteger.TEN), blockPeriodMs,
        emptyBlockPeriodMs, 1_700_000_000L);
    rules = ChainRules.of(genesis);
    InMemoryKeyValueStore kv = InMemoryKeyValueStore.create(Schema.ALL);
    WorldState state = WorldState.open(kv, StatePruning.archive());
    GenesisBlock.Result g = GenesisBlock.build(genesis, state);
    ChainStore store = ChainStore.initialize(kv, g.block(), g.state());
    state.onCommitted(g.state());
    chain = new LocalChain(store, state);
    pool = new TxPool(TxPoolConfig.DEFAULT, state::account, CHAIN_ID, () -> rules.baseFees().next(chain.head()),
        genesis.gasLimit());
  }
}
