/**
 * The node's side of the p2p module: it implements {@code p2p.api} with the chain, the pool and
 * consensus, admits gossiped transactions off the network threads, announces what the node accepts,
 * and starts the network.
 */
package org.peerchain.node.netadapter;
