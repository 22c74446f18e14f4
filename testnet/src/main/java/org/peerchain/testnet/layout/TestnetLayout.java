package org.peerchain.testnet.layout;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.genesis.GenesisWriter;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.links.LinkRoutes;
import org.peerchain.testnet.manifest.AccountEntry;
import org.peerchain.testnet.manifest.LinkProxyEntry;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.manifest.NodeRole;

/**
 * Writes a new testnet directory: genesis.json, and per node its keys (node.key in the data
 * directory, validator.key), node.toml, and the manifest describing all of it.
 */
public final class TestnetLayout {
  public static final String GENESIS_FILE = "genesis.json";
  public static final String NODE_KEY_FILE = "node.key";
  public static final String VALIDATOR_KEY_FILE = "validator.key";
  static final String DISCOVERY = "p2p-discovery";
  static final BigInteger WEI_PER_ETH = BigInteger.TEN.pow(18);

  /**
   * Gas a testnet block may hold: 4,285 transfers, three times a mainnet-sized block. Four
   * validators on one machine pay a fixed price per block (rounds, signatures, commit), so fewer,
   * fuller blocks carry more transfers per second; a block of 30M gas (1,428 transfers) capped the
   * testnet near 1,400/s however fast its nodes were.
   */
  public static final long BLOCK_GAS_LIMIT = 90_000_000;

  /** Snapshots every this many blocks: a local chain is short, and a node added later joins by snap sync. */
  public static final int SNAPSHOT_INTERVAL = 20;

  private final LayoutSpec spec;
  private final KeySource keys;
  private final NodeCapabilities node;
  private final Optional<String> fullNodeSyncMode;

  public TestnetLayout(LayoutSpec spec, KeySource keys, NodeCapabilities node) {
    this(spec, keys, node, Optional.empty());
  }

  /** {@code fullNodeSyncMode}: how full nodes join (snap or full); empty for the node's default. */
  public TestnetLayout(LayoutSpec spec, KeySource keys, NodeCapabilities node, Optional<String> fullNodeSyncMode) {
    this.spec = spec;
    this.keys = keys;
    this.node = node;
    this.fullNodeSyncMode = fullNodeSyncMode;
  }

  /** @throws TestnetException when the files cannot be written */
  public Manifest create(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    List<NodeEntry> nodes = new ArrayList<>();
    List<PrivateKey> validatorKeys = new ArrayList<>();
    List<PrivateKey> nodeKeys = new ArrayList<>();
    for (int i = 0; i < spec.nodes(); i++) {
      NodeRole role = i < spec.validators() ? NodeRole.VALIDATOR : NodeRole.FULL;
      PrivateKey nodeKey = keys.key("node", i);
      Optional<PrivateKey> validatorKey = role == NodeRole.VALIDATOR ? Optional.of(keys.key("validator", i)) : Optional.empty();
      validatorKey.ifPresent(validatorKeys::add);
      nodeKeys.add(nodeKey);
      PortPlan.NodePorts ports = PortPlan.forNode(spec.basePort(), i);
      String nodeId = nodeId(Secp256k1.get().keyPair(nodeKey));
      nodes.add(new NodeEntry("node" + (i + 1), role, i, root.resolve("node" + (i + 1)), ports.p2p(), ports.rpc(),
          ports.metrics(), nodeId, validatorKey.map(k -> Secp256k1.get().keyPair(k).address().toChecksumString()),
          OptionalLong.empty()));
    }
    List<KeyPair> funded = DevAccounts.accounts(spec.accounts());
    UInt256 balance = UInt256.valueOf(BigInteger.valueOf(spec.balanceEth()).multiply(WEI_PER_ETH));
    Genesis genesis = genesis(validatorKeys, funded, balance);
    try {
      Files.createDirectories(root);
      GenesisWriter.write(genesis, root.resolve(GENESIS_FILE));
      for (int i = 0; i < nodes.size(); i++) {
        NodeEntry n = nodes.get(i);
        Files.createDirectories(n.dataDir());
        writeSecret(n.dataDir().resolve(NODE_KEY_FILE), nodeKeys.get(i));
        if (n.isValidator()) {
          writeSecret(n.dir().resolve(VALIDATOR_KEY_FILE), validatorKeys.get(i));
        }
        Files.writeString(n.configFile(), NodeConfigToml.render(config(root, n, nodes)), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new TestnetException("cannot write the testnet into " + root + ": " + e.getMessage(), e);
    }
    List<AccountEntry> accounts = new ArrayList<>();
    for (int i = 0; i < funded.size(); i++) {
      KeyPair k = funded.get(i);
      accounts.add(new AccountEntry(i, k.address().toChecksumString(), k.privateKey().bytes().toHexString()));
    }
    return new Manifest(Manifest.VERSION, spec.chainId(), spec.basePort(), spec.heapMb(), DevAccounts.MNEMONIC,
        balance.toString(), nodes, accounts,
        spec.linkFaults() ? Optional.of(LinkProxyEntry.stopped()) : Optional.empty());
  }

  Genesis genesis(List<PrivateKey> validatorKeys, List<KeyPair> funded, UInt256 balance) {
    List<GenesisValidator> validators = new ArrayList<>();
    for (PrivateKey k : validatorKeys) {
      validators.add(new GenesisValidator(Secp256k1.get().keyPair(k).address(), 1));
    }
    Map<Address, GenesisAccount> alloc = new TreeMap<>();
    for (KeyPair account : funded) {
      alloc.put(account.address(), GenesisAccount.of(balance));
    }
    return new Genesis(spec.chainId(), spec.genesisTimestamp(), BLOCK_GAS_LIMIT,
        Genesis.DEFAULT_INITIAL_BASE_FEE, spec.blockPeriodMs(), spec.emptyBlockPeriodMs(), Bytes.EMPTY, validators,
        new TreeMap<>(alloc));
  }

  /** node.toml's keys; P2P keys only where this build's node has networking options. */
  Map<String, Object> config(Path root, NodeEntry n, List<NodeEntry> all) {
    Map<String, Object> values = config(node, root, n, all, spec.linkFaults());
    if (!n.isValidator() && node.supports("sync-mode")) {
      fullNodeSyncMode.ifPresent(mode -> values.put("sync-mode", mode));
    }
    return values;
  }

  /**
   * node.toml's keys of any node of a testnet in {@code root} whose nodes are {@code all}; with
   * {@code linkFaults} its peers are the link proxies' addresses.
   */
  public static Map<String, Object> config(NodeCapabilities node, Path root, NodeEntry n, List<NodeEntry> all,
      boolean linkFaults) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("data-dir", n.dataDir().toString());
    values.put("genesis", root.resolve(GENESIS_FILE).toString());
    if (n.isValidator()) {
      values.put("validator-key", n.dir().resolve(VALIDATOR_KEY_FILE).toString());
    }
    values.put("rpc-host", NodeEntry.HOST);
    values.put("rpc-port", n.rpcPort());
    values.put("metrics-port", n.metricsPort());
    if (node.networking()) {
      values.put("p2p-host", NodeEntry.HOST);
      values.put("p2p-port", n.p2pPort());
      // Behind link proxies a node is given the proxies' addresses and dials nothing else, so
      // that every byte between two nodes passes the proxy of that pair.
      List<String> others = all.stream().filter(o -> !o.name().equals(n.name()))
          .map(o -> linkFaults ? LinkRoutes.proxiedAddress(n, o, all) : o.p2pAddress()).toList();
      if (!others.isEmpty() && node.supports("bootnodes")) {
        values.put("bootnodes", others);
      }
      if (node.supports("snapshot-interval")) {
        values.put("snapshot-interval", SNAPSHOT_INTERVAL);
        values.put("snap-min-gap", SNAPSHOT_INTERVAL);
      }
      if (linkFaults) {
        if (!node.supports(DISCOVERY)) {
          throw new TestnetException("this build's 'peerchain node' has no --" + DISCOVERY + " option, so its nodes "
              + "could bypass the link proxies; --link-faults needs it");
        }
        values.put(DISCOVERY, false);
      }
    }
    return values;
  }

  /** Node id as the P2P layer derives it: the 64-byte public key x‖y in hex, without 0x. */
  public static String nodeId(KeyPair nodeKey) {
    return nodeKey.publicKey().bytes().toHexString().substring(2);
  }

  /** One line of hex, readable by the owner only. */
  static void writeSecret(Path file, PrivateKey key) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, key.bytes().toHexString().substring(2) + "\n", StandardCharsets.US_ASCII);
  }
}
