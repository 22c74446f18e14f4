package org.peerchain.testnet.manifest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One node of a testnet as testnet.json records it.
 *
 * @param dir absolute: the node's config path, inside it, is what identifies its process
 * @param nodeId hex of the node key's 64-byte public key, no 0x
 * @param validatorAddress the validator's address, empty for a full node
 * @param pid the process last started for it, empty when stopped
 */
public record NodeEntry(String name, NodeRole role, int index, Path dir, int p2pPort, int rpcPort, int metricsPort,
    String nodeId, Optional<String> validatorAddress, OptionalLong pid) {
  public static final String HOST = "127.0.0.1";

  public NodeEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(nodeId, "nodeId");
    Objects.requireNonNull(validatorAddress, "validatorAddress");
    Objects.requireNonNull(pid, "pid");
  }

  public Path configFile() {
    return dir.resolve("node.toml");
  }

  public Path dataDir() {
    return dir.resolve("data");
  }

  public Path logFile() {
    return dir.resolve("node.log");
  }

  public String rpcUrl() {
    return "http://" + HOST + ":" + rpcPort;
  }

  public String wsUrl() {
    return "ws://" + HOST + ":" + rpcPort;
  }

  public String p2pAddress() {
    return "peerchain://" + nodeId + "@" + HOST + ":" + p2pPort;
  }

  public boolean isValidator() {
    return role == NodeRole.VALIDATOR;
  }

  public NodeEntry withPid(OptionalLong newPid) {
    return new NodeEntry(name, role, index, dir, p2pPort, rpcPort, metricsPort, nodeId, validatorAddress, newPid);
  }
}
