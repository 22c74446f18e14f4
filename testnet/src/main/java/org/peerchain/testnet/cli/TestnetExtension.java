package org.peerchain.testnet.cli;

import org.peerchain.node.cli.CliExtension;

/** Adds {@code peerchain testnet} to the CLI (listed in META-INF/services). */
public final class TestnetExtension implements CliExtension {
  @Override
  public Object command() {
    return new TestnetCommand();
  }
}
