package org.peerchain.testnet.layout;

import java.util.Set;
import java.util.TreeSet;
import org.peerchain.node.cli.PeerchainCli;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Which options {@code peerchain node} of this build accepts. The node refuses config keys it does
 * not know, so node.toml may only name options that exist; asking the command itself keeps the
 * testnet right as the node grows (P2P options appear with networking).
 */
public record NodeCapabilities(Set<String> optionKeys) {
  public static final String P2P_PORT = "p2p-port";

  public NodeCapabilities {
    optionKeys = Set.copyOf(optionKeys);
  }

  public static NodeCapabilities ofThisBuild() {
    CommandLine node = new CommandLine(new PeerchainCli()).getSubcommands().get("node");
    if (node == null) {
      throw new IllegalStateException("this build has no 'peerchain node' command");
    }
    return of(node.getCommandSpec());
  }

  static NodeCapabilities of(CommandSpec command) {
    Set<String> keys = new TreeSet<>();
    for (OptionSpec option : command.options()) {
      String name = option.longestName();
      keys.add(name.replaceFirst("^-+", ""));
    }
    return new NodeCapabilities(keys);
  }

  public boolean networking() {
    return optionKeys.contains(P2P_PORT);
  }

  public boolean supports(String key) {
    return optionKeys.contains(key);
  }
}
