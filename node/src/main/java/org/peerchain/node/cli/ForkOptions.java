package org.peerchain.node.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.peerchain.core.genesis.GenesisException;
import org.peerchain.core.genesis.GenesisReader;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;
import org.peerchain.node.config.ConfigException;
import org.peerchain.node.config.OptionChecks;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.fork.ForkConnector;
import org.peerchain.node.fork.ForkSettings;
import org.peerchain.node.fork.ForkedChain;
import org.peerchain.node.fork.PinnedAnchor;
import org.peerchain.node.fork.TrustAnchor;
import org.peerchain.node.fork.UpstreamAnchor;
import org.peerchain.node.fork.UpstreamClient;
import org.peerchain.node.fork.UpstreamLimits;
import picocli.CommandLine.Option;

/** {@code peerchain dev}'s fork options: which node, which block, and what is trusted about its chain. */
final class ForkOptions {
  private static final int MAX_VALIDATORS = 10_000;

  @Option(names = "--fork-url", paramLabel = "URL",
      description = "Fork the chain of the peerchain node at URL (its JSON-RPC); every account read is proven. "
          + "Without --fork-genesis or --fork-validators, URL's own validator set is trusted on first use (and "
          + "pinned in --data-dir).")
  String url;

  @Option(names = "--fork-block", paramLabel = "N", description = "Block to fork at (default: the upstream's head).")
  Long block;

  @Option(names = "--fork-genesis", paramLabel = "FILE",
      description = "The forked network's genesis file: its validators certify the fork block (trust anchor).")
  Path genesis;

  @Option(names = "--fork-validators", paramLabel = "ADDR[:POWER],...", split = ",",
      description = "The forked network's validator set, as a trusted checkpoint instead of --fork-genesis.")
  List<String> validators;

  @Option(names = "--fork-timeout", paramLabel = "MS", defaultValue = "15000",
      description = "Longest wait for one upstream answer in ms (default: ${DEFAULT-VALUE}).")
  long timeoutMs;

  private TrustAnchor anchor;
  private ForkSettings settings;

  boolean isSet() {
    return url != null;
  }

  /**
   * Checks the options. Without --fork-genesis or --fork-validators the upstream's own validator set is
   * trusted on first use (see {@link UpstreamAnchor}); both at once are refused.
   */
  void validate() {
    if (url == null) {
      if (block != null || genesis != null || validators != null) {
        throw new ConfigException("--fork-block, --fork-genesis and --fork-validators need --fork-url");
      }
      return;
    }
    try {
      UpstreamClient.parseUrl(url);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("invalid value for --fork-url: " + e.getMessage());
    }
    if (block != null) {
      OptionChecks.notNegative("--fork-block", block);
    }
    OptionChecks.positive("--fork-timeout", timeoutMs);
    if (genesis != null && validators != null) {
      throw new ConfigException("--fork-url takes at most one trust anchor: --fork-genesis FILE (the network's genesis) "
          + "or --fork-validators ADDR,... (its validator set)");
    }
    if (validators != null && (validators.isEmpty() || validators.size() > MAX_VALIDATORS)) {
      throw new ConfigException("--fork-validators needs 1 to " + MAX_VALIDATORS + " validators");
    }
    anchor = genesis == null && validators == null ? null : anchor();
  }

  /**
   * Connects and verifies the fork point (after {@link #validate}); the chain id is the forked one unless given.
   * Without an explicit anchor, the upstream's is trusted on first use, pinned in {@code dataDir}, and a
   * WARNING line on {@code warnings} names it.
   */
  ForkedChain connect(OptionalLong chainId, long blockPeriodMs, long emptyBlockPeriodMs, Path dataDir,
      PrintWriter warnings) {
    URI uri = UpstreamClient.parseUrl(url);
    UpstreamLimits limits = UpstreamLimits.DEFAULT.withCallTimeout(Duration.ofMillis(timeoutMs));
    TrustAnchor trusted = anchor;
    UpstreamAnchor firstUse = null;
    if (trusted == null) {
      firstUse = PinnedAnchor.check(dataDir, UpstreamAnchor.fetch(new UpstreamClient(uri, limits)));
      warnings.println("WARNING: no --fork-genesis or --fork-validators: trusting what " + uri + " says its chain is: "
          + firstUse.describe() + ". Every read is proven against blocks these validators certified, but not that "
          + "they are the network's. Pin them with --fork-validators " + pinArgument(firstUse)
          + " or --fork-genesis FILE.");
      warnings.flush();
      trusted = firstUse.trustAnchor();
    }
    settings = new ForkSettings(uri, block == null ? OptionalLong.empty() : OptionalLong.of(block), trusted,
        chainId, limits, blockPeriodMs, emptyBlockPeriodMs, DevChain.validatorKey().address());
    ForkedChain forked = ForkConnector.connect(settings);
    if (firstUse != null) {
      PinnedAnchor.pin(dataDir, firstUse);
    }
    return forked;
  }

  /** The settings the last {@link #connect} used; a re-fork starts from them. */
  ForkSettings settings() {
    return settings;
  }

  private static String pinArgument(UpstreamAnchor anchor) {
    StringBuilder s = new StringBuilder();
    for (GenesisValidator v : anchor.validators().validators()) {
      if (s.length() > 0) {
        s.append(',');
      }
      s.append(v.address().toHexString());
      if (v.power() != 1) {
        s.append(':').append(v.power());
      }
    }
    return s.length() <= 400 ? s.toString() : s.substring(0, 400) + "...";
  }

  private TrustAnchor anchor() {
    if (genesis != null) {
      try {
        return TrustAnchor.fromGenesis(GenesisReader.read(genesis));
      } catch (GenesisException e) {
        throw new ConfigException("invalid value for --fork-genesis: " + e.getMessage());
      }
    }
    List<GenesisValidator> set = new ArrayList<>();
    for (String entry : validators) {
      set.add(validator(entry.trim()));
    }
    try {
      return TrustAnchor.fromValidators(set);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("invalid value for --fork-validators: " + e.getMessage());
    }
  }

  private static GenesisValidator validator(String entry) {
    int colon = entry.indexOf(':');
    String address = colon < 0 ? entry : entry.substring(0, colon);
    if (!Address.isValid(address)) {
      throw new ConfigException("invalid value for --fork-validators: " + abbreviate(address) + " is not an address");
    }
    long power = 1;
    if (colon >= 0) {
      try {
        power = Long.parseLong(entry.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new ConfigException("invalid value for --fork-validators: power of " + address + " is not a number");
      }
    }
    try {
      return new GenesisValidator(Address.fromHexString(address), power);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("invalid value for --fork-validators: " + e.getMessage());
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 50 ? s : s.substring(0, 50) + "...";
  }
}
