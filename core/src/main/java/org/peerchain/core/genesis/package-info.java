/**
 * The genesis: chain parameters, first validator set and funded accounts, with a strict JSON reader and a
 * writer whose files read back to an equal genesis. Only the description lives here; block 0 is built from it
 * in {@code consensus.execution}, because its state root needs the world state.
 */
package org.peerchain.core.genesis;
