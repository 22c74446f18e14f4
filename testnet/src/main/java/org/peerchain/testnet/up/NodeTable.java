package org.peerchain.testnet.up;

import java.math.BigInteger;
import org.peerchain.testnet.manifest.AccountEntry;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.NodeEntry;

/** What {@code testnet up} prints: the nodes, then the funded accounts, as anvil lists its own. */
public final class NodeTable {
  static final int ACCOUNTS_SHOWN = 10;
  private static final BigInteger WEI_PER_ETH = BigInteger.TEN.pow(18);

  private NodeTable() {}

  public static String nodes(Manifest manifest) {
    TextTable table = new TextTable("NAME", "ROLE", "RPC", "WS", "P2P", "PID");
    for (NodeEntry n : manifest.nodes()) {
      table.row(n.name(), n.role().label(), n.rpcUrl(), n.wsUrl(), n.p2pAddress(),
          n.pid().isPresent() ? Long.toString(n.pid().getAsLong()) : "-");
    }
    return table.render();
  }

  public static String accounts(Manifest manifest) {
    StringBuilder out = new StringBuilder();
    String eth = new BigInteger(manifest.accountBalanceWei()).divide(WEI_PER_ETH).toString();
    out.append("Funded accounts (").append(eth).append(" ETH each, mnemonic '").append(manifest.mnemonic())
        .append("'):\n");
    for (AccountEntry a : manifest.accounts().subList(0, Math.min(ACCOUNTS_SHOWN, manifest.accounts().size()))) {
      out.append(String.format("(%d) %s  private key %s%n", a.index(), a.address(), a.privateKey()));
    }
    int more = manifest.accounts().size() - ACCOUNTS_SHOWN;
    if (more > 0) {
      out.append("... and ").append(more).append(" more in testnet.json\n");
    }
    return out.toString();
  }
}
