/**
 * What every method class builds on: {@link org.peerchain.rpc.methods.RpcMethod}, its parameters and
 * contexts, typed {@link org.peerchain.rpc.methods.RpcException} errors, the namespaces and the registry by
 * wire name. The methods themselves live in one subpackage per namespace, which depend on this one.
 */
package org.peerchain.rpc.methods;
