/** Catching up: block ranges fetched from many peers at once and applied in order. */
package org.peerchain.node.p2p.sync;
