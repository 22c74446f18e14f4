/**
 * The narrow interfaces the RPC needs from a running node ({@link org.peerchain.rpc.api.ChainAccess},
 * {@link org.peerchain.rpc.api.TxSubmitter}, {@link org.peerchain.rpc.api.NodeInfo},
 * {@link org.peerchain.rpc.api.ChainEvents}, {@link org.peerchain.rpc.api.DevSigner}), and the
 * implementations that need nothing but core, storage and the ledger rules.
 */
package org.peerchain.rpc.api;
