/**
 * Link faults between testnet nodes, applied by a userspace TCP proxy: every node reaches every
 * other only through the proxy of that directed pair (its address book holds the proxy's address,
 * and {@code --p2p-discovery false} keeps it from dialing anything else). The proxy process reads
 * the wanted faults from a small JSON file that {@code testnet chaos} writes: partitions (links cut),
 * one-way loss (one direction stalled), latency and jitter.
 */
package org.peerchain.testnet.links;
