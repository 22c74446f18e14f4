/**
 * The set of peers: registry and duplicate rule, scores and bans, the address book and its file,
 * dialing with backoff, peer exchange, and serving and requesting block ranges.
 */
package org.peerchain.p2p.peers;
