/**
 * The node's typed events ({@link org.peerchain.node.events.NodeEvent}) and the bus that carries
 * them: chain, pool and validator publish; network, sync and RPC subscribe.
 */
package org.peerchain.node.events;
