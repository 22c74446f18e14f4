/**
 * The set of peers: registry and duplicate rule, scores and bans, the address book and its file,
 * dialing with backoff, peer exchange, requesting block ranges, and serving peers' requests off the
 * I/O threads within per-peer and shared byte budgets.
 */
package org.peerchain.p2p.peers;
