package org.peerchain.p2p.transport;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Hash;

/**
 * The certificate extension that binds a TLS certificate to a node id:
 * {@code SEQUENCE { nodePublicKey OCTET STRING (65 bytes, 0x04‖x‖y), signature OCTET STRING (65
 * bytes, r‖s‖recoveryId) }}, where the signature is the node key's over
 * {@code keccak256("peerchain-tls:" ‖ SubjectPublicKeyInfo DER of the certificate key)}.
 */
public record IdentityExtension(Bytes nodePublicKey, Bytes signature) {
  /** Under a private arc of our own; not libp2p's (1.3.6.1.4.1.53594). */
  public static final ASN1ObjectIdentifier OID = new ASN1ObjectIdentifier("1.3.6.1.4.1.59999.1.1");

  private static final byte[] DOMAIN = "peerchain-tls:".getBytes(StandardCharsets.US_ASCII);

  public IdentityExtension {
    if (nodePublicKey.size() != 65 || nodePublicKey.get(0) != 4) {
      throw new IllegalArgumentException("the node public key must be 65 bytes starting with 0x04");
    }
    if (signature.size() != 65) {
      throw new IllegalArgumentException("the signature must be 65 bytes r‖s‖v, got " + signature.size());
    }
  }

  /** What the node key signs: binds the certificate's own (ephemeral) key to the node. */
  public static Hash signingHash(byte[] subjectPublicKeyInfo) {
    return Keccak.hash(Bytes.concat(Bytes.wrap(DOMAIN), Bytes.wrap(subjectPublicKeyInfo)));
  }

  public byte[] toDer() {
    ASN1Encodable[] items = {new DEROctetString(nodePublicKey.toArray()), new DEROctetString(signature.toArray())};
    try {
      return new DERSequence(items).getEncoded("DER");
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    }
  }

  /**
   * Parses the extension value, that is the contents of the extnValue OCTET STRING.
   *
   * @throws IllegalArgumentException on any malformed input, with the reason
   */
  public static IdentityExtension fromDer(byte[] der) {
    byte[][] items = new byte[2][];
    try {
      ASN1Primitive primitive = ASN1Primitive.fromByteArray(der);
      if (!Arrays.equals(primitive.getEncoded("DER"), der)) {
        throw new IllegalArgumentException("not in DER form");
      }
      ASN1Sequence seq = ASN1Sequence.getInstance(primitive);
      if (seq.size() != 2) {
        throw new IllegalArgumentException("it must hold 2 items, got " + seq.size());
      }
      items[0] = ASN1OctetString.getInstance(seq.getObjectAt(0)).getOctets();
      items[1] = ASN1OctetString.getInstance(seq.getObjectAt(1)).getOctets();
    } catch (IOException | RuntimeException e) {
      // BouncyCastle reports bad input with several runtime types; all mean the same to us.
      throw new IllegalArgumentException("identity extension is malformed: " + e.getMessage(), e);
    }
    return new IdentityExtension(Bytes.wrap(items[0]), Bytes.wrap(items[1]));
  }

  /** The signature as a value; fails when r, s or v are out of range. */
  public Signature parsedSignature() {
    BigInteger r = signature.slice(0, 32).toUnsignedBigInteger();
    BigInteger s = signature.slice(32, 32).toUnsignedBigInteger();
    return new Signature(r, s, signature.getUnsigned(64));
  }
}
