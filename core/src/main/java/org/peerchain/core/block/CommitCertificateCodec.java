package org.peerchain.core.block;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/** rlp([height, round, blockHash, [[validator, r, s, recoveryId], ...]]). */
public final class CommitCertificateCodec {
  private CommitCertificateCodec() {}

  public static Bytes encode(CommitCertificate c) {
    RlpWriter w = new RlpWriter();
    write(w, c);
    return w.toBytes();
  }

  public static void write(RlpWriter w, CommitCertificate c) {
    w.startList().writeLong(c.height()).writeInt(c.round()).writeHash(c.blockHash()).startList();
    for (CommitSignature s : c.signatures()) {
      w.startList()
          .writeAddress(s.validator())
          .writeBigInteger(s.signature().r())
          .writeBigInteger(s.signature().s())
          .writeInt(s.signature().recoveryId())
          .endList();
    }
    w.endList().endList();
  }

  public static CommitCertificate decode(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, CommitCertificateCodec::read);
  }

  public static CommitCertificate read(RlpReader r) {
    int at = r.position();
    RlpReader l = r.enterList();
    long height = l.readLong();
    int round = l.readInt();
    Hash blockHash = l.readHash();
    RlpReader sigs = l.enterList();
    List<CommitSignature> signatures = new ArrayList<>();
    while (sigs.hasNext()) {
      signatures.add(readSignature(sigs));
    }
    sigs.expectEnd();
    l.expectEnd();
    try {
      return new CommitCertificate(height, round, blockHash, signatures);
    } catch (IllegalArgumentException e) {
      throw new RlpException(at, "invalid commit certificate: " + e.getMessage());
    }
  }

  private static CommitSignature readSignature(RlpReader sigs) {
    int at = sigs.position();
    RlpReader l = sigs.enterList();
    Address validator = l.readAddress();
    BigInteger r = l.readUnsigned(32);
    BigInteger s = l.readUnsigned(32);
    int recoveryId = l.readInt();
    l.expectEnd();
    try {
      return new CommitSignature(validator, new Signature(r, s, recoveryId));
    } catch (IllegalArgumentException e) {
      throw new RlpException(at, "invalid precommit signature: " + e.getMessage());
    }
  }
}
