/**
 * Ready implementations behind the {@code rpc.api} interfaces, for any host of the RPC server: chain
 * reads over a {@code ChainStore}, an event hub, a dev signer over key pairs. The node uses some and
 * supplies its own for the rest.
 */
package org.peerchain.rpc.backend;
