package org.peerchain.node.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.node.dev.TempDataDir;
import org.peerchain.node.fork.ForkedChain;

/** What {@code peerchain dev} prints on start, in anvil's layout: accounts, keys, chain facts, the RPC and explorer URLs. */
final class DevBanner {
  private static final BigDecimal WEI_PER_ETH = BigDecimal.TEN.pow(18);

  private DevBanner() {}

  static void print(PrintWriter out, Genesis genesis, List<KeyPair> keys, TempDataDir dir, String host, int port,
      boolean explorer, Optional<ForkedChain> fork) {
    out.println();
    out.println("peerchain dev node");
    out.println();
    out.println("Available Accounts");
    out.println("==================");
    for (int i = 0; i < keys.size(); i++) {
      GenesisAccount funded = genesis.alloc().get(keys.get(i).address());
      String balance = funded == null ? "0" : new BigDecimal(funded.balance().toBigInteger()).divide(WEI_PER_ETH)
          .stripTrailingZeros().toPlainString();
      out.printf("(%d) %s (%s)%n", i, keys.get(i).address().toChecksumString(),
          fork.isPresent() ? "balance as forked" : balance + " ETH");
    }
    out.println();
    out.println("Private Keys");
    out.println("==================");
    for (int i = 0; i < keys.size(); i++) {
      out.printf("(%d) %s%n", i, keys.get(i).privateKey().bytes().toHexString());
    }
    out.println();
    out.println("Wallet");
    out.println("==================");
    out.println("Mnemonic:          " + DevAccounts.MNEMONIC);
    out.println("Derivation path:   m/44'/60'/0'/0/");
    out.println();
    out.println("Chain ID:          " + genesis.chainId());
    fork.ifPresent(f -> {
      out.println("Forked from:       " + f.upstream() + " at block #" + f.point().number() + " " + f.point().header().hash());
      out.println("Fork state root:   " + f.point().header().stateRoot() + " (certified; every account read is proven)");
    });
    out.println("Base fee:          " + genesis.initialBaseFeePerGas() + " wei");
    out.println("Gas limit:         " + genesis.gasLimit());
    out.println("Block period:      " + (genesis.blockPeriodMs() == 0 ? "0 (a block as soon as transactions wait)"
        : genesis.blockPeriodMs() + " ms"));
    out.println("Data directory:    " + dir.path() + (dir.isTemporary() ? " (temporary, deleted at exit)" : ""));
    out.println();
    out.println("Listening on " + host + ":" + port + " (JSON-RPC over HTTP and WebSocket: http://" + host + ":" + port
        + ", ws://" + host + ":" + port + ")");
    if (explorer) {
      out.println("Explorer:          http://" + host + ":" + port + "/explorer/");
    }
  }
}
