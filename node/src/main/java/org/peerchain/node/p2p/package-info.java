/**
 * The peer-to-peer network: {@link org.peerchain.node.p2p.P2pNetwork} and the interfaces the node
 * implements for it ({@link org.peerchain.node.p2p.ChainStatus}, {@link org.peerchain.node.p2p.P2pHandler}).
 * The wire protocol is specified in docs/protocol.md.
 */
package org.peerchain.node.p2p;
