/**
 * The narrow interfaces the RPC needs from a running node ({@link org.peerchain.rpc.api.ChainAccess},
 * {@link org.peerchain.rpc.api.TxSubmitter}, {@link org.peerchain.rpc.api.NodeInfo},
 * {@link org.peerchain.rpc.api.ChainEvents}, {@link org.peerchain.rpc.api.DevSigner},
 * {@link org.peerchain.rpc.api.AddressHistory}) and the values
 * they pass. Implementations live in {@code rpc.backend} and in the node.
 */
package org.peerchain.rpc.api;
