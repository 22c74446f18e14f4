/**
 * Otterscan's namespace ({@code ots_*}) at the API level anvil reports, one class per method. Address
 * history comes from the node's address index ({@link org.peerchain.rpc.api.AddressHistory}); with no
 * EVM, there is no code, no contract creator, no revert data and no internal operation to report.
 */
package org.peerchain.rpc.methods.ots;
