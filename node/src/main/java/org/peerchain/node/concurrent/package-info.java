/**
 * The node's threading seam: the event-loop interface that consensus, block production and sync
 * schedule through, so tests can drive them on one thread with virtual time.
 */
package org.peerchain.node.concurrent;
