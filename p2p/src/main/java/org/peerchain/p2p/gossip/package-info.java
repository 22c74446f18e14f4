/**
 * Propagation with seen-caches: consensus messages flooded, transactions pushed, announced and
 * pulled, finalized blocks announced.
 */
package org.peerchain.p2p.gossip;
