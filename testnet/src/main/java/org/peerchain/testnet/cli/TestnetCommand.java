package org.peerchain.testnet.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code peerchain testnet}: a local multi-node network of real node processes. */
@Command(
    name = "testnet",
    synopsisSubcommandLabel = "COMMAND",
    description = "Run a local multi-node testnet: start and stop it, put load and faults on it, check it.",
    commandListHeading = "%nCommands:%n",
    subcommands = {UpCommand.class, StatusCommand.class, DownCommand.class, LoadCommand.class, ChaosCommand.class,
        AttackCommand.class, AddNodeCommand.class, LinkProxyCommand.class})
public final class TestnetCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
