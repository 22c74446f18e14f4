package org.peerchain.node.lifecycle;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.txpool.TxPoolConfig;
import org.peerchain.node.validator.ConsensusTimeouts;
import org.peerchain.rpc.server.RpcConfig;
import org.peerchain.storage.state.StatePruning;

/** Dev-chain node configs for tests: RPC on a free loopback port, the chain in a given directory. */
final class DevNodes {
  static final long CHAIN_ID = 1337;
  static final int ACCOUNTS = 5;

  private DevNodes() {}

  static Genesis genesis() {
    return DevChain.genesis(CHAIN_ID, DevChain.accounts(ACCOUNTS), DevChain.ethToWei(java.math.BigInteger.valueOf(10_000)),
        0, 10_000, 1_700_000_000L);
  }

  static NodeConfig config(Path dataDir, Genesis genesis) {
    List<KeyPair> keys = DevChain.accounts(ACCOUNTS);
    return new NodeConfig(dataDir, genesis, Optional.of(DevChain.validatorKey()),
        RpcConfig.defaults().toBuilder().host("127.0.0.1").port(0).build(), Optional.empty(),
        StatePruning.archive(), TxPoolConfig.DEFAULT, ConsensusTimeouts.forChain(genesis), keys);
  }
}
