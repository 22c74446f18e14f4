/**
 * Who a peer is and where it listens: node ids (secp256k1 public keys), {@code peerchain://}
 * addresses and the node key file. The bottom of the module; everything else names peers with these.
 */
package org.peerchain.p2p.identity;
