package org.peerchain.node.cli;

import java.util.concurrent.Callable;
import org.peerchain.node.cli.keys.KeysAddressCommand;
import org.peerchain.node.cli.keys.KeysDevCommand;
import org.peerchain.node.cli.keys.KeysNewCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code peerchain keys}: the parent of the key tools.
 *
 * <p>Extension point: to add {@code peerchain keys NAME}, write a class annotated
 * {@code @Command(name = "NAME", mixinStandardHelpOptions = true, description = "...")} that implements
 * {@code Callable<Integer>} (return the exit code, 0 on success) and list it in {@code subcommands} below.
 * Print results to {@code spec.commandLine().getOut()} (inject {@code @Spec CommandSpec spec}) so tests
 * can capture them. For a failure, throw an exception with a message for the user: the CLI prints
 * {@code peerchain: <message>} and exits 1. For bad input found after parsing, throw
 * {@code new ParameterException(spec.commandLine(), "...")}: exit 2 with a usage hint.
 */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description = "Create and inspect secp256k1 account keys.",
    commandListHeading = "%nCommands:%n",
    optionListHeading = "%nOptions:%n",
    subcommands = {
      KeysNewCommand.class,
      KeysAddressCommand.class,
      KeysDevCommand.class,
    })
public final class KeysCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    // No subcommand given: list the key tools.
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
