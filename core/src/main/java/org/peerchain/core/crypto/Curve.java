package org.peerchain.core.crypto;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;

/** secp256k1 domain parameters, shared by both implementations and the key types. */
public final class Curve {
  static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");
  static final ECDomainParameters DOMAIN =
      new ECDomainParameters(PARAMS.getCurve(), PARAMS.getG(), PARAMS.getN(), PARAMS.getH());

  /** The group order n. */
  public static final BigInteger N = PARAMS.getN();
  /** n / 2: signatures with s above it are "high-s" and refused by Ethereum since Homestead. */
  public static final BigInteger HALF_N = N.shiftRight(1);
  /** The field prime p. */
  public static final BigInteger P = PARAMS.getCurve().getField().getCharacteristic();

  private Curve() {}
}
