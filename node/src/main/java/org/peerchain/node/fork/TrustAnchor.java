package org.peerchain.node.fork;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisValidator;

/**
 * What the user trusts about the forked chain before asking its node anything: its validator set,
 * and with a genesis file also its chain id and genesis hash.
 *
 * <p>Why a set the upstream supplies is weaker: no block header commits to the validator set
 * (genesis' hash covers parameters and allocation only), so a set fetched from the node being
 * checked lets that node certify whatever it likes; {@link UpstreamAnchor} does so only as trust on
 * first use, said aloud and pinned. The validator set is fixed at genesis, so
 * the genesis file (or the set itself, as a checkpoint) is the whole trust root. Chain id and
 * genesis hash, when not given, may come from the upstream: every certificate signature covers
 * them, so wrong ones only make the certificate fail.
 */
public record TrustAnchor(ValidatorSet validators, Optional<SigningDomain> domain, String source) {
  public TrustAnchor {
    Objects.requireNonNull(validators, "validators");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(source, "source");
  }

  public static TrustAnchor fromGenesis(Genesis genesis) {
    return new TrustAnchor(ValidatorSet.of(genesis.validators()),
        Optional.of(new SigningDomain(genesis.chainId(), GenesisBlock.hash(genesis))), "genesis file");
  }

  public static TrustAnchor fromValidators(List<GenesisValidator> validators) {
    return new TrustAnchor(ValidatorSet.of(validators), Optional.empty(), "validator checkpoint");
  }
}
