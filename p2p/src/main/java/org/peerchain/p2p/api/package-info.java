/**
 * What the network needs from the node and hands to it: the node implements
 * {@link org.peerchain.p2p.api.ChainStatus} (chain head, blocks and pooled transactions to serve) and
 * {@link org.peerchain.p2p.api.P2pHandler} (what arrives); {@link org.peerchain.p2p.api.PeerInfo} is
 * the peer view it gets back.
 */
package org.peerchain.p2p.api;
