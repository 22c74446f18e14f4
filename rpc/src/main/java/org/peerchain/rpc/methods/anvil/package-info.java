/**
 * anvil's cheat methods (anvil_*, with the hardhat_* names anvil also answers to) over
 * {@link org.peerchain.rpc.api.DevControl}; served only by a dev node, in the DEV namespace.
 * {@link org.peerchain.rpc.methods.anvil.DevMethod} is the base the evm_* package shares.
 */
package org.peerchain.rpc.methods.anvil;
