/**
 * What the BFT engine works with besides its own state: the {@link org.peerchain.consensus.bft.ValidatorSet}
 * and its proposer schedule, timeout policies, and the checks of message signatures and commit certificates.
 * Kept outside {@code bft.engine} because block sync uses the validator set and the
 * {@link org.peerchain.consensus.bft.CertificateVerifier} too, without running the engine.
 */
package org.peerchain.consensus.bft;
