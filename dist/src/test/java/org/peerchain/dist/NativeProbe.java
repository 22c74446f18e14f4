package org.peerchain.dist;

import fr.acinq.secp256k1.Secp256k1;
import java.util.HexFormat;

/**
 * Run by {@link DistributionIT} with the shaded jar on the class path: loads libsecp256k1 through its
 * JNI loader, which finds the native library as a resource of the jar, and derives 1·G.
 */
public final class NativeProbe {

  private NativeProbe() {}

  public static void main(String[] args) {
    byte[] one = new byte[32];
    one[31] = 1;
    byte[] publicKey = Secp256k1.get().pubkeyCreate(one);
    System.out.println(HexFormat.of().formatHex(publicKey));
  }
}
