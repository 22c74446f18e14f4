package org.peerchain.node.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code peerchain dev}: a single-validator node with instant blocks. A placeholder for now. */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    description = "Run a local dev node: one validator, instant blocks, funded dev accounts.")
final class DevCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("peerchain dev: the dev node is not available yet; it arrives with the dev-node issue.");
    out.println();
    spec.root().commandLine().usage(out);
    return 0;
  }
}
