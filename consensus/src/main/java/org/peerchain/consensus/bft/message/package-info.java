/**
 * The protocol's vocabulary as validators exchange it: proposals and votes, the round {@link
 * org.peerchain.consensus.bft.message.Step steps} they are signed in, their wire codec and the exact bytes a
 * validator signs. The bottom of {@code bft}: the engine, the signer, the verifiers and the node's gossip all
 * build on it, and it depends on none of them.
 */
package org.peerchain.consensus.bft.message;
