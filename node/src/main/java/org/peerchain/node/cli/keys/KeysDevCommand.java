package org.peerchain.node.cli.keys;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.keys.DevAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code peerchain keys dev}: the well-known dev accounts that hardhat and anvil also fund. */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    description = {
      "Print the dev accounts: m/44'/60'/0'/0/i of the public test mnemonic, the same keys",
      "hardhat and anvil use. Anyone can spend from them: for local chains only."
    })
public final class KeysDevCommand implements Callable<Integer> {
  static final int MAX_COUNT = 1000;

  @Spec private CommandSpec spec;

  @Option(names = "--count", paramLabel = "N", defaultValue = "10",
      description = "How many accounts (1 to " + MAX_COUNT + "). Default: ${DEFAULT-VALUE}.")
  private int count;

  @Override
  public Integer call() {
    if (count < 1 || count > MAX_COUNT) {
      throw new ParameterException(spec.commandLine(),
          "--count must be between 1 and " + MAX_COUNT + ", got " + count);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Mnemonic:        " + DevAccounts.MNEMONIC);
    out.println("Derivation path: m/44'/60'/0'/0/<index>");
    out.println();
    List<KeyPair> accounts = DevAccounts.accounts(count);
    int width = String.valueOf(count - 1).length();
    for (int i = 0; i < accounts.size(); i++) {
      KeyPair account = accounts.get(i);
      out.printf("(%" + width + "d) %s  %s%n", i, account.address().toChecksumString(),
          account.privateKey().bytes().toHexString());
    }
    return 0;
  }
}
