/**
 * The {@code peerchain} command line: the root command {@link org.peerchain.node.cli.PeerchainCli}, its
 * built-in subcommands, and the {@link org.peerchain.node.cli.CliExtension} service through which modules
 * that depend on {@code node} (e.g. {@code testnet}) contribute top-level subcommands.
 */
package org.peerchain.node.cli;
