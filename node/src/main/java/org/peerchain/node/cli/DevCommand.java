package org.peerchain.node.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisReader;
import org.peerchain.core.genesis.GenesisWriter;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.node.config.ConfigException;
import org.peerchain.node.config.LoggingOptions;
import org.peerchain.node.config.DevSettings;
import org.peerchain.node.config.MetricsOptions;
import org.peerchain.node.config.NodeCommandSupport;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.config.OptionChecks;
import org.peerchain.node.config.PoolOptions;
import org.peerchain.node.config.RpcOptions;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.dev.TempDataDir;
import org.peerchain.node.fork.ForkedChain;
import org.peerchain.node.lifecycle.ForkedDevNode;
import org.peerchain.node.lifecycle.NodeRunner;
import org.peerchain.node.validator.ConsensusTimeouts;
import org.peerchain.storage.state.StatePruning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peerchain dev}: one validator, instant blocks and the dev mnemonic's accounts funded, as
 * anvil and hardhat's node. Without {@code --data-dir} the chain lives in a temporary directory
 * removed at exit; with one it persists, and its genesis (written there on first start) is reused.
 */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run a local dev node: one validator, instant blocks, funded dev accounts",
      "(mnemonic '" + DevAccounts.MNEMONIC + "').",
      "Options may also come from a TOML file (--config) or PEERCHAIN_<OPTION> variables."
    })
final class DevCommand implements Callable<Integer> {
  static final String GENESIS_FILE = "genesis.json";

  @Spec private CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", description = "TOML file of option values (keys are option names).")
  private Path config;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Keep the chain in DIR across restarts (default: a temporary directory, deleted at exit).")
  private Path dataDir;

  @Option(names = "--chain-id", paramLabel = "ID", defaultValue = "" + DevChain.DEFAULT_CHAIN_ID,
      description = "Chain id (default: ${DEFAULT-VALUE}).")
  private long chainId;

  @Option(names = "--accounts", paramLabel = "N", defaultValue = "" + DevChain.DEFAULT_ACCOUNTS,
      description = "Dev accounts to fund and unlock (default: ${DEFAULT-VALUE}).")
  private int accounts;

  @Option(names = "--balance", paramLabel = "ETH", defaultValue = "" + DevChain.DEFAULT_BALANCE_ETH,
      description = "Balance of each dev account in ETH (default: ${DEFAULT-VALUE}).")
  private BigInteger balance;

  @Option(names = "--block-period", paramLabel = "MS", defaultValue = "" + DevChain.DEFAULT_BLOCK_PERIOD_MS,
      description = "Least time between blocks; 0 makes a block as soon as transactions wait (default: ${DEFAULT-VALUE}).")
  private long blockPeriodMs;

  @Option(names = "--empty-block-period", paramLabel = "MS", defaultValue = "" + DevChain.DEFAULT_EMPTY_BLOCK_PERIOD_MS,
      description = "Longest time without a block when no transactions wait (default: ${DEFAULT-VALUE}).")
  private long emptyBlockPeriodMs;

  @Option(names = {"--gas-limit", "--block-gas-limit"}, paramLabel = "GAS", defaultValue = "" + DevChain.DEFAULT_GAS_LIMIT,
      description = "Block gas limit of a new chain (a kept --data-dir keeps its own) (default: ${DEFAULT-VALUE}).")
  private long gasLimit;

  @Option(names = {"--block-time", "-b"}, paramLabel = "SECONDS",
      description = "Interval mining: a block every SECONDS (decimals allowed), transactions or not; automine off.")
  private BigDecimal blockTimeSeconds;

  @Option(names = {"--no-mining", "--no-mine"},
      description = "No automine and no interval: blocks only on evm_mine / anvil_mine (pending transactions wait).")
  private boolean noMining;

  @Option(names = "--state", paramLabel = "FILE",
      description = "Load the state from FILE at start (if it exists) and save it there at exit.")
  private Path stateFile;

  @Option(names = "--load-state", paramLabel = "FILE", description = "Load the state from FILE at start.")
  private Path loadStateFile;

  @Option(names = "--dump-state", paramLabel = "FILE", description = "Save the state to FILE at exit.")
  private Path dumpStateFile;

  @Mixin private RpcOptions rpc;

  @Mixin private MetricsOptions metrics;

  @Mixin private PoolOptions pool;

  @Mixin private LoggingOptions logging;
  @Mixin private ForkOptions fork;

  @Override
  public Integer call() {
    NodeCommandSupport.checkConfig(spec);
    NodeCommandSupport.applyLogging(spec, logging);
    try {
      check();
      rpc.validate();
      metrics.validate();
      pool.validate();
      fork.validate();
    } catch (ConfigException e) {
      throw NodeCommandSupport.usageError(spec, e);
    }
    TempDataDir dir = dataDir == null ? TempDataDir.create("peerchain-dev-") : TempDataDir.keep(dataDir);
    try {
      Optional<ForkedChain> forked = fork.isSet()
          ? Optional.of(fork.connect(chainIdOption(), blockPeriodMs, emptyBlockPeriodMs, dir.path(),
              spec.commandLine().getErr())) : Optional.empty();
      // A fork's genesis is derived from the verified fork point each start, never stored as a file.
      Genesis genesis = forked.isPresent() ? forked.get().localGenesis() : genesis(dir.path());
      List<KeyPair> keys = DevAccounts.accounts(accounts);
      NodeConfig nodeConfig = new NodeConfig(dir.path(), genesis, Optional.of(DevChain.validatorKey()),
          rpc.toConfig(true), metrics.toAddress(), StatePruning.archive(), pool.toConfig(),
          ConsensusTimeouts.forDevChain(), keys).withDev(devSettings());
      PrintWriter out = spec.commandLine().getOut();
      if (forked.isPresent()) {
        // anvil_reset may re-fork it: its RPC server outlives each fork's node.
        return NodeRunner.runUntilStopped(() -> ForkedDevNode.start(nodeConfig, fork.settings(), forked.get()), node -> {
          DevBanner.print(out, genesis, keys, dir, rpc.host, node.rpcPort(), rpc.explorer, forked);
          out.flush();
        }, dir::close);
      }
      return NodeRunner.runUntilStopped(nodeConfig, forked, node -> {
        DevBanner.print(out, genesis, keys, dir, rpc.host, node.rpcPort(), rpc.explorer, forked);
        out.flush();
      }, dir::close);
    } catch (RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  private OptionalLong chainIdOption() {
    return spec.commandLine().getParseResult().hasMatchedOption("--chain-id") ? OptionalLong.of(chainId) : OptionalLong.empty();
  }

  private DevSettings devSettings() {
    long intervalMs = blockTimeSeconds == null ? 0 : blockTimeSeconds.movePointRight(3).longValue();
    Optional<Path> load = Optional.ofNullable(loadStateFile).or(() -> Optional.ofNullable(stateFile));
    Optional<Path> save = Optional.ofNullable(dumpStateFile).or(() -> Optional.ofNullable(stateFile));
    return new DevSettings(!noMining && intervalMs == 0, intervalMs, load, save, dataDir == null);
  }

  private void check() {
    if (blockTimeSeconds != null) {
      if (blockTimeSeconds.signum() <= 0 || blockTimeSeconds.compareTo(BigDecimal.valueOf(86_400)) > 0) {
        throw new ConfigException("invalid value for --block-time: " + blockTimeSeconds.toPlainString()
            + " (more than 0, at most 86400 seconds)");
      }
      if (blockTimeSeconds.movePointRight(3).stripTrailingZeros().scale() > 0) {
        throw new ConfigException("invalid value for --block-time: " + blockTimeSeconds.toPlainString()
            + " (whole milliseconds)");
      }
      if (noMining) {
        throw new ConfigException("--block-time and --no-mining exclude each other");
      }
    }
    if (stateFile != null && (loadStateFile != null || dumpStateFile != null)) {
      throw new ConfigException("--state is --load-state and --dump-state of one file; give either");
    }
    OptionChecks.positive("--chain-id", chainId);
    if (accounts < 1 || accounts > 1000) {
      throw new ConfigException("invalid value for --accounts: " + accounts + " (1-1000)");
    }
    if (balance.signum() < 0) {
      throw new ConfigException("invalid value for --balance: " + balance + " must not be negative");
    }
    OptionChecks.notNegative("--block-period", blockPeriodMs);
    OptionChecks.positive("--empty-block-period", emptyBlockPeriodMs);
    if (gasLimit < Genesis.MIN_GAS_LIMIT) {
      throw new ConfigException("invalid value for --gas-limit: " + gasLimit + " (at least " + Genesis.MIN_GAS_LIMIT + ")");
    }
  }

  /** The stored genesis of a kept data directory, else a new one (written there). */
  private Genesis genesis(Path dir) {
    Path file = dir.resolve(GENESIS_FILE);
    if (Files.exists(file)) {
      Genesis stored = GenesisReader.read(file);
      if (stored.chainId() != chainId && spec.commandLine().getParseResult().hasMatchedOption("--chain-id")) {
        throw new ConfigException("data directory " + dir + " holds chain " + stored.chainId()
            + ", not " + chainId + "; use another --data-dir");
      }
      return stored;
    }
    Genesis genesis = DevChain.genesis(chainId, DevAccounts.accounts(accounts), DevChain.ethToWei(balance),
        blockPeriodMs, emptyBlockPeriodMs, System.currentTimeMillis() / 1000, gasLimit);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    GenesisWriter.write(genesis, file);
    return genesis;
  }
}
