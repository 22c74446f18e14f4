package org.peerchain.p2p.transport;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.peerchain.core.crypto.PublicKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Signature;
import org.peerchain.p2p.identity.PeerId;

/**
 * Checks a peer's certificate and returns the node id it proves. TLS itself proves that the peer
 * holds the certificate's key; this proves the node key vouched for that certificate key.
 */
public final class IdentityVerifier {
  private IdentityVerifier() {}

  /**
   * @throws CertificateException naming the first check that failed: validity period,
   *     self-signature, a missing or malformed extension, a high-s or forged signature
   */
  public static PeerId verify(X509Certificate cert, Instant now) throws CertificateException {
    cert.checkValidity(Date.from(now));
    try {
      cert.verify(cert.getPublicKey());
    } catch (GeneralSecurityException e) {
      throw new CertificateException("certificate is not self-signed by its key: " + e.getMessage(), e);
    }
    byte[] wrapped = cert.getExtensionValue(IdentityExtension.OID.getId());
    if (wrapped == null) {
      throw new CertificateException("certificate has no peerchain identity extension");
    }
    IdentityExtension ext;
    Signature sig;
    try {
      ext = IdentityExtension.fromDer(ASN1OctetString.getInstance(wrapped).getOctets());
      sig = ext.parsedSignature();
    } catch (IllegalArgumentException e) {
      throw new CertificateException(e.getMessage(), e);
    }
    if (!sig.isLowS()) {
      throw new CertificateException("identity signature has a high s value");
    }
    PublicKey claimed = PublicKey.fromBytes(ext.nodePublicKey());
    Optional<PublicKey> signer = Secp256k1.get().recover(
        IdentityExtension.signingHash(cert.getPublicKey().getEncoded()), sig);
    if (signer.isEmpty() || !signer.get().equals(claimed)) {
      throw new CertificateException("identity signature does not match node key "
          + claimed.bytes().toHexString().substring(2, 18) + "…");
    }
    return PeerId.of(claimed);
  }

  /** The id of the peer behind a verified chain (our trust manager accepts exactly one certificate). */
  public static PeerId verifyChain(java.security.cert.Certificate[] chain, Instant now) throws CertificateException {
    if (chain == null || chain.length != 1 || !(chain[0] instanceof X509Certificate cert)) {
      throw new CertificateException("expected exactly one X.509 certificate, got "
          + (chain == null ? 0 : chain.length));
    }
    return verify(cert, now);
  }
}
