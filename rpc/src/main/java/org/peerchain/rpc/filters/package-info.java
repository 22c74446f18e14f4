/**
 * Polling filters (eth_newFilter, eth_newBlockFilter, eth_newPendingTransactionFilter): bounded buffers fed by
 * chain events and dropped when not polled. Apart from the methods because they hold state between calls,
 * one {@link org.peerchain.rpc.filters.FilterManager} per server, while method objects are stateless.
 */
package org.peerchain.rpc.filters;
