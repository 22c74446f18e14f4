package org.peerchain.testnet.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.manifest.NodeRole;

/**
 * A full node added to an existing testnet: the next index's ports, a fresh node key, and a
 * node.toml whose bootnodes are every node already there. Nothing is started here.
 */
public final class AddedNode {
  private AddedNode() {}

  /** @throws TestnetException when the files cannot be written or the ports run out */
  public static NodeEntry write(Path root, Manifest manifest, NodeCapabilities node, Optional<String> syncMode) {
    int index = manifest.nodes().size();
    PortPlan.check(manifest.basePort(), index + 1);
    PortPlan.NodePorts ports = PortPlan.forNode(manifest.basePort(), index);
    PrivateKey key = PrivateKey.random(new SecureRandom());
    String name = "node" + (index + 1);
    NodeEntry entry = new NodeEntry(name, NodeRole.FULL, index, root.resolve(name), ports.p2p(), ports.rpc(),
        ports.metrics(), TestnetLayout.nodeId(Secp256k1.get().keyPair(key)), Optional.empty(), OptionalLong.empty());
    List<NodeEntry> all = new ArrayList<>(manifest.nodes());
    all.add(entry);
    Map<String, Object> values = TestnetLayout.config(node, root, entry, all, false);
    if (node.supports("sync-mode")) {
      syncMode.ifPresent(mode -> values.put("sync-mode", mode));
    }
    try {
      Files.createDirectories(entry.dataDir());
      TestnetLayout.writeSecret(entry.dataDir().resolve(TestnetLayout.NODE_KEY_FILE), key);
      Files.writeString(entry.configFile(), NodeConfigToml.render(values), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TestnetException("cannot write " + name + " into " + root + ": " + e.getMessage(), e);
    }
    return entry;
  }
}
