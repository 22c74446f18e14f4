package org.peerchain.node.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.genesis.GenesisWriter;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.cli.keys.KeyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code peerchain genesis}: the parent of the genesis tools. */
@Command(
    name = "genesis",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description = "Create genesis files.",
    commandListHeading = "%nCommands:%n",
    subcommands = {GenesisCommand.New.class})
final class GenesisCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** {@code peerchain genesis new}: a genesis JSON file from validators, allocations and chain parameters. */
  @Command(
      name = "new",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {"Write a genesis JSON file: the chain id, the validators (power 1 each), funded accounts",
          "and block timing. Every node of the chain must start from the same file."})
  static final class New implements Callable<Integer> {
    static final BigInteger WEI_PER_ETH = BigInteger.TEN.pow(18);
    static final int MAX_DEV_ACCOUNTS = 1_000;

    @Spec private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the genesis JSON.")
    private Path out;

    @Option(names = "--chain-id", paramLabel = "ID", defaultValue = "1337", description = "Chain id (default: ${DEFAULT-VALUE}).")
    private long chainId;

    @Option(names = "--validators", paramLabel = "ADDR", split = ",", description = "Validator addresses, comma-separated.")
    private List<String> validators = List.of();

    @Option(names = "--validator-keys", paramLabel = "FILE", split = ",",
        description = "Validator key files (hex private key or keystore), comma-separated; their addresses become validators.")
    private List<Path> validatorKeys = List.of();

    @Option(names = "--alloc", paramLabel = "ADDR=WEI", split = ",", description = "Funded accounts, comma-separated.")
    private List<String> alloc = List.of();

    @Option(names = "--dev-accounts", paramLabel = "N", defaultValue = "0",
        description = "Fund the first N accounts of the dev mnemonic too (default: ${DEFAULT-VALUE}).")
    private int devAccounts;

    @Option(names = "--dev-balance", paramLabel = "ETH", defaultValue = "10000",
        description = "Balance of each dev account in ETH (default: ${DEFAULT-VALUE}).")
    private BigInteger devBalanceEth;

    @Option(names = "--gas-limit", paramLabel = "GAS", defaultValue = "" + Genesis.DEFAULT_GAS_LIMIT,
        description = "Block gas limit (default: ${DEFAULT-VALUE}).")
    private long gasLimit;

    @Option(names = "--block-period", paramLabel = "MS", defaultValue = "" + Genesis.DEFAULT_BLOCK_PERIOD_MS,
        description = "Least time between blocks (default: ${DEFAULT-VALUE}).")
    private long blockPeriodMs;

    @Option(names = "--empty-block-period", paramLabel = "MS", defaultValue = "" + Genesis.DEFAULT_EMPTY_BLOCK_PERIOD_MS,
        description = "Longest time without a block when no transactions wait (default: ${DEFAULT-VALUE}).")
    private long emptyBlockPeriodMs;

    @Option(names = "--force", description = "Overwrite --out if it exists.")
    private boolean force;

    @Override
    public Integer call() {
      Genesis genesis = genesis();
      if (Files.exists(out) && !force) {
        throw new ParameterException(spec.commandLine(), out + " exists; use --force to overwrite it");
      }
      try {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the directory of " + out + ": " + e.getMessage(), e);
      }
      GenesisWriter.write(genesis, out);
      spec.commandLine().getOut().printf("wrote %s: chain %d, %d validator(s), %d funded account(s)%n", out,
          genesis.chainId(), genesis.validators().size(), genesis.alloc().size());
      return 0;
    }

    private Genesis genesis() {
      List<GenesisValidator> set = new ArrayList<>();
      for (String v : validators) {
        set.add(new GenesisValidator(address("--validators", v), 1));
      }
      for (Path file : validatorKeys) {
        PrivateKey key;
        try {
          key = KeyFiles.privateKey(file, null);
        } catch (IllegalArgumentException e) {
          throw usage("invalid value for --validator-keys: " + e.getMessage());
        }
        set.add(new GenesisValidator(Secp256k1.get().publicKey(key).address(), 1));
      }
      if (set.isEmpty()) {
        throw usage("a genesis needs at least one validator: give --validators or --validator-keys");
      }
      Map<Address, GenesisAccount> accounts = new TreeMap<>();
      for (String entry : alloc) {
        int eq = entry.indexOf('=');
        if (eq < 0) {
          throw usage("invalid value for --alloc: '" + entry + "' (expected ADDR=WEI)");
        }
        Address a = address("--alloc", entry.substring(0, eq).strip());
        UInt256 wei = wei(entry.substring(eq + 1).strip(), entry);
        if (accounts.put(a, GenesisAccount.of(wei)) != null) {
          throw usage("invalid value for --alloc: " + a.toChecksumString() + " is funded twice");
        }
      }
      if (devAccounts < 0 || devAccounts > MAX_DEV_ACCOUNTS) {
        throw usage("invalid value for --dev-accounts: " + devAccounts + " (0-" + MAX_DEV_ACCOUNTS + ")");
      }
      if (devBalanceEth.signum() < 0 || devBalanceEth.multiply(WEI_PER_ETH).bitLength() > 256) {
        throw usage("invalid value for --dev-balance: " + devBalanceEth + " is not an ETH amount");
      }
      UInt256 devBalance = UInt256.valueOf(devBalanceEth.multiply(WEI_PER_ETH));
      for (var account : DevAccounts.accounts(devAccounts)) {
        if (accounts.putIfAbsent(account.address(), GenesisAccount.of(devBalance)) != null) {
          throw usage("dev account " + account.address().toChecksumString() + " is in --alloc too");
        }
      }
      try {
        return new Genesis(chainId, System.currentTimeMillis() / 1000, gasLimit, Genesis.DEFAULT_INITIAL_BASE_FEE,
            blockPeriodMs, emptyBlockPeriodMs, Bytes.EMPTY, set, new TreeMap<>(accounts));
      } catch (IllegalArgumentException e) {
        throw usage("invalid genesis: " + e.getMessage());
      }
    }

    private Address address(String option, String text) {
      try {
        return Address.fromHexString(text.strip());
      } catch (IllegalArgumentException e) {
        throw usage("invalid value for " + option + ": '" + text + "' is not an address (" + e.getMessage() + ")");
      }
    }

    private UInt256 wei(String text, String entry) {
      try {
        BigInteger value = new BigInteger(text);
        if (value.signum() < 0 || value.bitLength() > 256) {
          throw new NumberFormatException();
        }
        return UInt256.valueOf(value);
      } catch (NumberFormatException e) {
        throw usage("invalid value for --alloc: '" + entry + "' (WEI must be a whole number of wei)");
      }
    }

    private ParameterException usage(String message) {
      return new ParameterException(spec.commandLine(), message);
    }
  }
}
