package org.peerchain.node.fork;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.BlockHeaderCodec;
import org.peerchain.core.rlp.RlpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Establishes a fork: the chain's signing domain (trusted, or read from the upstream and bound by
 * the certificate check that follows), the upstream's genesis checked against it, and the fork
 * block's header certified by the trusted validators. Nothing of the forked state is read yet.
 */
public final class ForkConnector {
  private static final Logger LOG = LoggerFactory.getLogger(ForkConnector.class);
  static final String CERTIFICATE_METHOD = "peerchain_getCommitCertificate";

  private ForkConnector() {}

  /** @throws ForkException when the upstream fails or the fork block does not verify */
  public static ForkedChain connect(ForkSettings settings) {
    UpstreamClient upstream = new UpstreamClient(settings.url(), settings.limits());
    SigningDomain domain = settings.anchor().domain().orElseGet(() -> domainFromUpstream(upstream));
    ForkPointVerifier verifier = new ForkPointVerifier(settings.anchor().validators(), domain, CertificateVerifier.secp256k1());
    verifier.verify(upstream.call(CERTIFICATE_METHOD, "0x0"), 0);
    CertifiedHeader point = settings.block().isPresent()
        ? verifier.verify(upstream.call(CERTIFICATE_METHOD, Hex.quantity(settings.block().getAsLong())), settings.block().getAsLong())
        : verifier.verify(upstream.call(CERTIFICATE_METHOD, "latest"), -1);
    long chainId = settings.chainId().orElse(domain.chainId());
    BlockHeader forked = point.header();
    LOG.info("Forked {} at block #{} {} (state root {}), certified by the {}'s {} validators", settings.url(),
        forked.number(), forked.hash(), forked.stateRoot(), settings.anchor().source(),
        settings.anchor().validators().size());
    return new ForkedChain(settings.url(), point,
        LocalForkGenesis.genesis(forked, chainId, settings.blockPeriodMs(), settings.emptyBlockPeriodMs(), settings.validator()),
        LocalForkGenesis.block(forked), new ForkPaths(upstream, point));
  }

  static SigningDomain domainFromUpstream(UpstreamClient upstream) {
    BigInteger chainId = Hex.quantityValue(upstream.call("eth_chainId"), "chain id").toBigInteger();
    if (chainId.signum() <= 0 || chainId.bitLength() > 63) {
      throw new ForkException("upstream's chain id " + chainId + " is not a positive 63-bit number");
    }
    JsonNode genesis = upstream.call(CERTIFICATE_METHOD, "0x0");
    if (genesis == null || genesis.isNull()) {
      throw new ForkException("upstream has no genesis block");
    }
    try {
      return new SigningDomain(chainId.longValueExact(), BlockHeaderCodec.decode(Hex.data(genesis, "header")).hash());
    } catch (RlpException e) {
      throw new ForkException("upstream's genesis header is malformed: " + e.getMessage());
    }
  }
}
