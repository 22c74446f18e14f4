/**
 * The eth namespace, one class per method named after it ({@code EthGetBalance} is eth_getBalance), with
 * the helpers they share: resolving block parameters, fee history and the gas price oracle.
 */
package org.peerchain.rpc.methods.eth;
