/**
 * The Ethereum JSON-RPC server. {@code rpc.server} is the transport, {@code rpc.methods.*} one class per method
 * by namespace, {@code rpc.params} and {@code rpc.json} the wire formats, {@code rpc.filters} and
 * {@code rpc.subscriptions} the state that outlives a call, and {@code rpc.api} what the running node provides.
 */
package org.peerchain.rpc;
