/**
 * {@code peerchain dev}: the one-validator dev chain's genesis and accounts, its temporary data
 * directory, and its cheats ({@link org.peerchain.node.dev.DevNodeControl}: anvil's methods as blocks
 * through the commit path, snapshots, reverts, the state dump format and files).
 */
package org.peerchain.node.dev;
