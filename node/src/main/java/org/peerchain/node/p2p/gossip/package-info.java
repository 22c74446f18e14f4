/** Propagation with seen-caches: consensus flooding, transaction push/announce/pull, block announcements. */
package org.peerchain.node.p2p.gossip;
