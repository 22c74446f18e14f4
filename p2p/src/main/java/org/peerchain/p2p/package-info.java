/**
 * The peer-to-peer network as one object, {@link org.peerchain.p2p.P2pNetwork}: it wires transport,
 * sessions, peers and gossip into Netty pipelines, and reports to the node through the interfaces of
 * {@code p2p.api}. It knows nothing of consensus, pools, storage or RPC. The wire protocol is
 * specified in docs/protocol.md.
 */
package org.peerchain.p2p;
