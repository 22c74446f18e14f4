/**
 * Every option of {@code peerchain node} and {@code peerchain dev}: the picocli option groups,
 * the TOML file and environment defaults, the checks, and the records they build
 * ({@link org.peerchain.node.config.NodeConfig} and the configs of p2p, pool and RPC).
 */
package org.peerchain.node.config;
