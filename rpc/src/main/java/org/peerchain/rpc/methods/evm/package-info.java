/**
 * The evm_* methods of ganache and hardhat as anvil serves them (snapshots, mining, the block clock),
 * with anvil's anvil_* aliases; dev nodes only, in the DEV namespace.
 */
package org.peerchain.rpc.methods.evm;
