package org.peerchain.node.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisReader;
import org.peerchain.node.cli.keys.KeyFiles;
import org.peerchain.node.config.ConfigException;
import org.peerchain.node.config.LoggingOptions;
import org.peerchain.node.config.MetricsOptions;
import org.peerchain.node.config.NodeCommandSupport;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.config.P2pOptions;
import org.peerchain.node.config.PoolOptions;
import org.peerchain.node.config.RpcOptions;
import org.peerchain.node.lifecycle.NodeRunner;
import org.peerchain.node.validator.ConsensusTimeouts;
import org.peerchain.storage.state.StatePruning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peerchain node}: a validator (with {@code --validator-key}) or a full node of a chain given by its genesis. */
@Command(
    name = "node",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run a node of the chain that --genesis describes: a validator with --validator-key, else a full node.",
      "Options may also come from a TOML file (--config FILE, keys are the option names without dashes)",
      "or from PEERCHAIN_<OPTION> environment variables (PEERCHAIN_RPC_PORT=8546); flags win, then",
      "the environment, then the file."
    })
final class NodeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(NodeCommand.class);

  @Spec private CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", description = "TOML file of option values.")
  private Path config;

  @Option(names = "--data-dir", paramLabel = "DIR", required = true, description = "Where the node keeps its chain.")
  private Path dataDir;

  @Option(names = "--genesis", paramLabel = "FILE", required = true, description = "The chain's genesis JSON file.")
  private Path genesisFile;

  @Option(names = "--validator-key", paramLabel = "FILE",
      description = "The validator's key: a keystore v3 file or a file with a hex private key.")
  private Path validatorKey;

  @Option(names = "--validator-key-password-file", paramLabel = "FILE",
      description = "Password of a keystore --validator-key (first line); else it is asked on the terminal.")
  private Path validatorKeyPassword;

  @Option(names = "--pruning", paramLabel = "archive|BLOCKS", defaultValue = "256",
      description = "Keep state of the last BLOCKS blocks readable (at least 128), or all of it with 'archive' "
          + "(default: ${DEFAULT-VALUE}).")
  private String pruning;

  @Mixin private P2pOptions p2p;

  @Mixin private RpcOptions rpc;

  @Mixin private MetricsOptions metrics;

  @Mixin private PoolOptions pool;

  @Mixin private LoggingOptions logging;

  @Override
  public Integer call() {
    NodeCommandSupport.checkConfig(spec);
    NodeCommandSupport.applyLogging(spec, logging);
    StatePruning statePruning;
    try {
      p2p.validate();
      rpc.validate();
      metrics.validate();
      pool.validate();
      statePruning = pruning(pruning);
    } catch (ConfigException e) {
      throw NodeCommandSupport.usageError(spec, e);
    }
    Genesis genesis = GenesisReader.read(genesisFile);
    Optional<KeyPair> key = Optional.ofNullable(validatorKey).map(this::loadKey);
    if (key.isPresent() && genesis.validators().stream().noneMatch(v -> v.address().equals(key.get().address()))) {
      LOG.warn("The validator key {} is not in the genesis validator set; the node will follow without voting",
          key.get().address().toChecksumString());
    }
    NodeConfig nodeConfig = new NodeConfig(dataDir, genesis, key, rpc.toConfig(false), metrics.toAddress(),
        statePruning, pool.toConfig(), ConsensusTimeouts.forChain(genesis), List.of(), Optional.of(p2p.toSettings()));
    return NodeRunner.runUntilStopped(nodeConfig, node -> spec.commandLine().getOut().printf(
        "peerchain node: chain %d, head #%d, JSON-RPC on http://%s:%d, P2P address %s%n", genesis.chainId(),
        node.chain().head().number(), rpc.host, node.rpcPort(),
        node.network().map(n -> n.enode()).orElse("none")), () -> {});
  }

  private KeyPair loadKey(Path file) {
    PrivateKey privateKey = KeyFiles.privateKey(file, validatorKeyPassword);
    return new KeyPair(privateKey, Secp256k1.get().publicKey(privateKey));
  }

  static StatePruning pruning(String value) {
    if (value.equalsIgnoreCase("archive")) {
      return StatePruning.archive();
    }
    try {
      int blocks = Integer.parseInt(value);
      if (blocks < StatePruning.MIN_RETAINED_BLOCKS) {
        throw new ConfigException("invalid value for --pruning: " + value + " (at least " + StatePruning.MIN_RETAINED_BLOCKS
            + " blocks, or 'archive')");
      }
      return StatePruning.retain(blocks);
    } catch (NumberFormatException e) {
      throw new ConfigException("invalid value for --pruning: '" + value + "' (a number of blocks, or 'archive')");
    }
  }
}
