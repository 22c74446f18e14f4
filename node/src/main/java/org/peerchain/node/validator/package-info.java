/**
 * Consensus as the node runs it: the one event loop that drives the Tendermint engine, the actions
 * the engine asks for (broadcast, execute, commit, timeouts), and its wiring to chain, pool and network.
 */
package org.peerchain.node.validator;
