package org.peerchain.p2p.transport;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Signature;

/**
 * A self-signed TLS certificate over a fresh P-256 key, carrying the node key's signature over
 * that key in an {@link IdentityExtension}. JDK TLS cannot use secp256k1 keys, hence the second key.
 */
public record NodeCertificate(X509Certificate certificate, PrivateKey privateKey) {
  // Both bounds are generous: the certificate lives only as long as the process.
  private static final Duration BACKDATE = Duration.ofHours(1);
  private static final Duration LIFETIME = Duration.ofDays(3650);

  /** Makes a new certificate for {@code nodeKey}. */
  public static NodeCertificate create(KeyPair nodeKey) {
    try {
      java.security.KeyPair tlsKey = newTlsKey();
      byte[] spki = tlsKey.getPublic().getEncoded();
      Signature sig = Secp256k1.get().sign(IdentityExtension.signingHash(spki), nodeKey.privateKey());
      IdentityExtension ext = new IdentityExtension(
          Bytes.of(4).concatWith(nodeKey.publicKey().bytes()), sig.toBytes65());
      return build(tlsKey, ext.toDer());
    } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
        | java.io.IOException e) {
      throw new IllegalStateException("cannot create the TLS certificate: " + e.getMessage(), e);
    }
  }

  /**
   * A certificate over {@code tlsKey} with {@code extensionDer} as the identity extension's value,
   * or without the extension when it is null. Tests use it to make forged certificates.
   */
  public static NodeCertificate build(java.security.KeyPair tlsKey, byte[] extensionDer)
      throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException, java.io.IOException {
    Instant now = Instant.now();
    X500Name name = new X500Name("CN=peerchain");
    BigInteger serial = new BigInteger(64, new SecureRandom());
    X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial,
        Date.from(now.minus(BACKDATE)), Date.from(now.plus(LIFETIME)), name, tlsKey.getPublic());
    if (extensionDer != null) {
      builder.addExtension(IdentityExtension.OID, false, extensionDer);
    }
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(tlsKey.getPrivate());
    X509CertificateHolder holder = builder.build(signer);
    X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder);
    return new NodeCertificate(cert, tlsKey.getPrivate());
  }

  public static java.security.KeyPair newTlsKey() throws GeneralSecurityException {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
    gen.initialize(new ECGenParameterSpec("secp256r1"));
    return gen.generateKeyPair();
  }
}
