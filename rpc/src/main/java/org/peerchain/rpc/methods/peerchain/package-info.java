/**
 * peerchain's own namespace, for what no Ethereum namespace covers: the node's identity, the validator set,
 * the consensus round state and the equivocation evidence the node has seen.
 */
package org.peerchain.rpc.methods.peerchain;
