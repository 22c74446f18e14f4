package org.peerchain.p2p.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1OctetString;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Curve;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Signature;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.identity.NodeKey;

class IdentityVerifierTest {
  private static final Instant NOW = Instant.now();

  @Test
  void aNodeCertificateProvesItsNodeId() throws Exception {
    NodeCertificate cert = NodeCertificate.create(P2pFixtures.key(7));
    assertThat(IdentityVerifier.verify(cert.certificate(), NOW)).isEqualTo(NodeKey.nodeId(P2pFixtures.key(7)));
    assertThat(cert.certificate().getPublicKey().getAlgorithm()).isEqualTo("EC");
  }

  @Test
  void theExtensionIsTheDocumentedDerSequence() throws Exception {
    NodeCertificate cert = NodeCertificate.create(P2pFixtures.key(7));
    byte[] value = ASN1OctetString.getInstance(cert.certificate().getExtensionValue("1.3.6.1.4.1.59999.1.1")).getOctets();
    // SEQUENCE (0x30, 134 bytes) { OCTET STRING (65) 0x04‖x‖y, OCTET STRING (65) r‖s‖v }
    assertThat(Bytes.wrap(value).slice(0, 5)).isEqualTo(Bytes.fromHexString("0x3081860441"));
    assertThat(Bytes.wrap(value).slice(5, 65))
        .isEqualTo(Bytes.of(4).concatWith(P2pFixtures.key(7).publicKey().bytes()));
    assertThat(Bytes.wrap(value).slice(70, 2)).isEqualTo(Bytes.fromHexString("0x0441"));
  }

  @Test
  void refusesACertificateWithoutTheExtension() throws Exception {
    NodeCertificate cert = NodeCertificate.build(NodeCertificate.newTlsKey(), null);
    assertThatThrownBy(() -> IdentityVerifier.verify(cert.certificate(), NOW))
        .isInstanceOf(CertificateException.class).hasMessageContaining("no peerchain identity extension");
  }

  @Test
  void refusesASignatureOverAnotherCertificateKey() throws Exception {
    // The extension of a genuine certificate copied into a certificate over another key.
    NodeCertificate genuine = NodeCertificate.create(P2pFixtures.key(7));
    byte[] ext = ASN1OctetString.getInstance(genuine.certificate().getExtensionValue(IdentityExtension.OID.getId()))
        .getOctets();
    NodeCertificate forged = NodeCertificate.build(NodeCertificate.newTlsKey(), ext);
    assertThatThrownBy(() -> IdentityVerifier.verify(forged.certificate(), NOW))
        .isInstanceOf(CertificateException.class).hasMessageContaining("does not match node key");
  }

  @Test
  void refusesAClaimedKeyThatDidNotSign() throws Exception {
    KeyPair tls = NodeCertificate.newTlsKey();
    Signature byEight = Secp256k1.get().sign(IdentityExtension.signingHash(tls.getPublic().getEncoded()),
        P2pFixtures.key(8).privateKey());
    IdentityExtension claim = new IdentityExtension(Bytes.of(4).concatWith(P2pFixtures.key(7).publicKey().bytes()),
        byEight.toBytes65());
    NodeCertificate forged = NodeCertificate.build(tls, claim.toDer());
    assertThatThrownBy(() -> IdentityVerifier.verify(forged.certificate(), NOW))
        .isInstanceOf(CertificateException.class).hasMessageContaining("does not match");
  }

  @Test
  void refusesAHighSSignature() throws Exception {
    KeyPair tls = NodeCertificate.newTlsKey();
    Signature low = Secp256k1.get().sign(IdentityExtension.signingHash(tls.getPublic().getEncoded()),
        P2pFixtures.key(7).privateKey());
    Signature high = new Signature(low.r(), Curve.N.subtract(low.s()), 1 - low.recoveryId());
    IdentityExtension ext = new IdentityExtension(Bytes.of(4).concatWith(P2pFixtures.key(7).publicKey().bytes()),
        high.toBytes65());
    NodeCertificate cert = NodeCertificate.build(tls, ext.toDer());
    assertThatThrownBy(() -> IdentityVerifier.verify(cert.certificate(), NOW))
        .isInstanceOf(CertificateException.class).hasMessageContaining("high s");
  }

  @Test
  void refusesMalformedExtensionValues() throws Exception {
    for (byte[] garbage : new byte[][] {{1, 2, 3}, {0x30, 0}, {0x04, 0x01, 0x00}}) {
      NodeCertificate cert = NodeCertificate.build(NodeCertificate.newTlsKey(), garbage);
      assertThatThrownBy(() -> IdentityVerifier.verify(cert.certificate(), NOW))
          .isInstanceOf(CertificateException.class).hasMessageContaining("identity extension");
    }
    IdentityExtension zeroR = new IdentityExtension(Bytes.of(4).concatWith(P2pFixtures.key(7).publicKey().bytes()),
        Bytes.wrap(new byte[65]));
    NodeCertificate cert = NodeCertificate.build(NodeCertificate.newTlsKey(), zeroR.toDer());
    assertThatThrownBy(() -> IdentityVerifier.verify(cert.certificate(), NOW))
        .isInstanceOf(CertificateException.class).hasMessageContaining("out of range");
  }

  @Test
  void refusesAnExpiredCertificate() throws Exception {
    NodeCertificate cert = NodeCertificate.create(P2pFixtures.key(7));
    assertThatThrownBy(() -> IdentityVerifier.verify(cert.certificate(), NOW.plus(Duration.ofDays(3651))))
        .isInstanceOf(CertificateException.class);
  }

  @Test
  void refusesChainsOfOtherLengths() throws Exception {
    NodeCertificate cert = NodeCertificate.create(P2pFixtures.key(7));
    assertThatThrownBy(() -> IdentityVerifier.verifyChain(new java.security.cert.Certificate[0], NOW))
        .hasMessageContaining("exactly one");
    assertThatThrownBy(() -> IdentityVerifier.verifyChain(
        new java.security.cert.Certificate[] {cert.certificate(), cert.certificate()}, NOW))
        .hasMessageContaining("exactly one");
  }
}
