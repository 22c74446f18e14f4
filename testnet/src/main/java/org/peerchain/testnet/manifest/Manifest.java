package org.peerchain.testnet.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * testnet.json: what {@code up} made and started, so that the other commands (and scripts) find
 * the nodes, their ports, processes and the funded accounts.
 */
public record Manifest(int version, long chainId, int basePort, int heapMb, String mnemonic, String accountBalanceWei,
    List<NodeEntry> nodes, List<AccountEntry> accounts, Optional<LinkProxyEntry> linkProxy) {
  public static final int VERSION = 1;

  public Manifest {
    nodes = List.copyOf(nodes);
    accounts = List.copyOf(accounts);
    Objects.requireNonNull(linkProxy, "linkProxy");
  }

  /** A testnet whose nodes reach each other directly. */
  public Manifest(int version, long chainId, int basePort, int heapMb, String mnemonic, String accountBalanceWei,
      List<NodeEntry> nodes, List<AccountEntry> accounts) {
    this(version, chainId, basePort, heapMb, mnemonic, accountBalanceWei, nodes, accounts, Optional.empty());
  }

  /** Whether node-to-node traffic goes through the link proxy, so that links can be broken. */
  public boolean linkFaults() {
    return linkProxy.isPresent();
  }

  public Manifest withLinkProxy(LinkProxyEntry entry) {
    return new Manifest(version, chainId, basePort, heapMb, mnemonic, accountBalanceWei, nodes, accounts,
        Optional.of(entry));
  }

  public List<NodeEntry> validators() {
    return nodes.stream().filter(NodeEntry::isValidator).toList();
  }

  /** How many validators may fail at once with the network still finalizing: f < n/3. */
  public int faultTolerance() {
    return (validators().size() - 1) / 3;
  }

  public Optional<NodeEntry> node(String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  /** This manifest with {@code entry} added as its last node. */
  public Manifest plus(NodeEntry entry) {
    List<NodeEntry> updated = new ArrayList<>(nodes);
    updated.add(entry);
    return new Manifest(version, chainId, basePort, heapMb, mnemonic, accountBalanceWei, updated, accounts);
  }

  /** This manifest with {@code entry} in place of the node of the same name. */
  public Manifest with(NodeEntry entry) {
    List<NodeEntry> updated = new ArrayList<>(nodes.size());
    for (NodeEntry n : nodes) {
      updated.add(n.name().equals(entry.name()) ? entry : n);
    }
    return new Manifest(version, chainId, basePort, heapMb, mnemonic, accountBalanceWei, updated, accounts, linkProxy);
  }
}
