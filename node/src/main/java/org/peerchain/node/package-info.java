/**
 * The running node: everything that turns the libraries of core, storage, consensus, rpc and p2p
 * into a process. The root holds only {@link org.peerchain.node.Version}; docs/architecture.md maps
 * the packages.
 */
package org.peerchain.node;
