/**
 * {@code peerchain dev --fork-url}: a local dev chain on top of another peerchain chain's state,
 * where every account read from the upstream node is proven against a state root that a commit
 * certificate of the trusted validator set finalizes. {@link org.peerchain.node.fork.UpstreamClient}
 * talks to the upstream within byte and time bounds, {@link org.peerchain.node.fork.ForkPointVerifier}
 * checks the certified header, {@link org.peerchain.node.fork.AccountProofVerifier} checks each
 * account proof, {@link org.peerchain.node.fork.ForkPaths} feeds verified paths to the lazily filled
 * world state, and {@link org.peerchain.node.fork.ForkedChain} is what the node starts from.
 */
package org.peerchain.node.fork;
