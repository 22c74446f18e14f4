package org.peerchain.core.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Curve;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

class CommitCertificateCodecTest {
  private static final Hash BLOCK = BlockHeaderCodecTest.sample().hash();
  private static final Address A = Address.fromHexString("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
  private static final Signature SIG = new Signature(BigInteger.TWO, BigInteger.TEN, 1);

  @Test
  void layoutIsHeightRoundHashSignatures() {
    CommitCertificate c = new CommitCertificate(5, 0, BLOCK, List.of(new CommitSignature(A, SIG)));
    Bytes expected = RlpWriter.encodeList(w -> w.writeLong(5).writeLong(0).writeHash(BLOCK)
        .startList().startList().writeAddress(A).writeLong(2).writeLong(10).writeLong(1).endList().endList());
    assertThat(CommitCertificateCodec.encode(c)).isEqualTo(expected);
    assertThat(CommitCertificateCodec.decode(expected)).isEqualTo(c);
  }

  @Test
  void realSignaturesSurviveTheRoundTrip() {
    Secp256k1 secp = Secp256k1.get();
    KeyPair key = secp.keyPair(PrivateKey.fromHexString(
        "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
    Signature sig = secp.sign(BLOCK, key.privateKey());
    CommitCertificate c = new CommitCertificate(1, 3, BLOCK,
        List.of(new CommitSignature(key.publicKey().address(), sig)));
    CommitCertificate back = CommitCertificateCodec.decode(CommitCertificateCodec.encode(c));
    assertThat(secp.recover(BLOCK, back.signatures().get(0).signature()).orElseThrow().address())
        .isEqualTo(key.publicKey().address());
  }

  @Test
  void shapeIsChecked() {
    assertThatThrownBy(() -> new CommitCertificate(1, 0, BLOCK, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> new CommitCertificate(0, 0, BLOCK, List.of(new CommitSignature(A, SIG))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("height must be at least 1");
    assertThatThrownBy(() -> new CommitCertificate(1, 0, BLOCK,
        List.of(new CommitSignature(A, SIG), new CommitSignature(A, SIG))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signs the certificate twice");
  }

  @Test
  void decoderTurnsBadShapesIntoRlpExceptions() {
    Bytes noSigs = RlpWriter.encodeList(w -> w.writeLong(5).writeLong(0).writeHash(BLOCK).startList().endList());
    assertThatThrownBy(() -> CommitCertificateCodec.decode(noSigs))
        .isInstanceOf(RlpException.class).hasMessageContaining("at least one precommit");
    Bytes sZero = cert(BigInteger.ONE, BigInteger.ZERO, 0);
    assertThatThrownBy(() -> CommitCertificateCodec.decode(sZero))
        .isInstanceOf(RlpException.class).hasMessageContaining("signature s is out of range");
    assertThatThrownBy(() -> CommitCertificateCodec.decode(cert(Curve.N, BigInteger.ONE, 0)))
        .isInstanceOf(RlpException.class).hasMessageContaining("signature r is out of range");
    assertThatThrownBy(() -> CommitCertificateCodec.decode(cert(BigInteger.ONE, BigInteger.ONE, 2)))
        .isInstanceOf(RlpException.class).hasMessageContaining("recovery id must be 0 or 1");
    Bytes huge = cert(BigInteger.ONE.shiftLeft(256), BigInteger.ONE, 0);
    assertThatThrownBy(() -> CommitCertificateCodec.decode(huge))
        .isInstanceOf(RlpException.class).hasMessageContaining("exceeds the maximum of 32");
  }

  private static Bytes cert(BigInteger r, BigInteger s, int v) {
    return RlpWriter.encodeList(w -> w.writeLong(5).writeLong(0).writeHash(BLOCK)
        .startList().startList().writeAddress(A).writeBigInteger(r).writeBigInteger(s).writeLong(v).endList().endList());
  }
}
