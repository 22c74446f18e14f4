/** Sessions: handshake, registry and duplicate rule, scores and bans, address book, dialing, peer exchange, block requests. */
package org.peerchain.node.p2p.peers;
