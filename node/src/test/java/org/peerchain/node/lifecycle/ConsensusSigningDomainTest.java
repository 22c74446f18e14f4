package org.peerchain.node.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.types.Hash;
import org.peerchain.node.dev.DevChain;

/**
 * Two dev chains with the same chain id and the same validator key, told apart only by their
 * genesis (one second between their timestamps): what one node's validator signed must not verify
 * on the other, and each node binds its signatures to block 0 as it stored it.
 */
class ConsensusSigningDomainTest {
  private static final long WAIT_LIMIT_MS = 30_000;

  @TempDir Path dirA;
  @TempDir Path dirB;
  private PeerchainNode a;
  private PeerchainNode b;

  private static Genesis genesis(long timestamp) {
    // Empty blocks every 50 ms so that block 1 and its certificate exist without transactions.
    return DevChain.genesis(DevNodes.CHAIN_ID, DevChain.accounts(DevNodes.ACCOUNTS),
        DevChain.ethToWei(BigInteger.TEN), 0, 50, timestamp);
  }

  @AfterEach
  void stop() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  @Test
  void aCertificateOfOneGenesisDoesNotVerifyOnANodeOfAnother() throws InterruptedException {
    Genesis genesisA = genesis(1_700_000_000L);
    Genesis genesisB = genesis(1_700_000_001L);
    a = PeerchainNode.start(DevNodes.config(dirA, genesisA));
    b = PeerchainNode.start(DevNodes.config(dirB, genesisB));

    Hash storedA = a.chain().chain().blockHashByNumber(0).orElseThrow();
    assertThat(storedA).isEqualTo(GenesisBlock.hash(genesisA));
    SigningDomain domainA = a.consensus().signingDomain();
    SigningDomain domainB = b.consensus().signingDomain();
    assertThat(domainA).isEqualTo(new SigningDomain(DevNodes.CHAIN_ID, storedA));
    assertThat(domainB.chainId()).isEqualTo(domainA.chainId());
    assertThat(domainB.genesisHash()).isEqualTo(b.chain().chain().blockHashByNumber(0).orElseThrow())
        .isNotEqualTo(storedA);

    long deadline = System.currentTimeMillis() + WAIT_LIMIT_MS;
    while (a.chain().head().number() < 1 && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    Hash first = a.chain().chain().blockHashByNumber(1).orElseThrow(() -> new AssertionError("no block 1 on A"));
    Block block = a.chain().chain().block(first).orElseThrow();
    CommitCertificate certificate = a.chain().chain().certificate(first).orElseThrow();
    ValidatorSet validators = b.consensus().validators();
    assertThat(validators).isEqualTo(a.consensus().validators());

    CertificateVerifier verifier = CertificateVerifier.secp256k1();
    assertThat(verifier.verify(certificate, block, validators, domainA)).isEmpty();
    assertThat(verifier.verify(certificate, block, validators, domainB))
        .hasValueSatisfying(e -> assertThat(e).contains("not a valid precommit"));
  }
}
