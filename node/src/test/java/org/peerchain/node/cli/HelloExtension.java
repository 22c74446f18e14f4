package org.peerchain.node.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A {@link CliExtension} registered in src/test/resources/META-INF/services, as testnet will register its command. */
public final class HelloExtension implements CliExtension {

  @Override
  public Object command() {
    return new Hello();
  }

  @Command(name = "hello", description = "Say hello (test extension).")
  static final class Hello implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Option(names = "--fail", description = "Throw an exception with this message.")
    private String failure;

    @Option(names = "--crash", description = "Throw an exception without a message.")
    private boolean crash;

    @Override
    public Integer call() {
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
      if (crash) {
        throw new UnsupportedOperationException();
      }
      spec.commandLine().getOut().println("hello");
      return 0;
    }
  }
}
