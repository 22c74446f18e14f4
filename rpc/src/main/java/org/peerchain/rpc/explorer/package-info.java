/**
 * The block explorer every node serves under /explorer/ on its RPC port: server-rendered HTML over
 * {@link org.peerchain.rpc.api} (head, validators' signing from commit certificates, transfers per
 * second, blocks, transactions, addresses, search), a hand-written script for live updates over the
 * JSON-RPC WebSocket and a stylesheet, both served from this package's resources.
 */
package org.peerchain.rpc.explorer;
