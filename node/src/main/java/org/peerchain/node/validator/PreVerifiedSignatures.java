package org.peerchain.node.validator;

import java.util.LinkedHashMap;
import java.util.Map;
import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * The engine's signature check, with the answers the network's verification pool already found:
 * a message checked before relay is not checked again on the consensus thread. Each remembered
 * answer is used once; the oldest fall out beyond {@code capacity}, and are then checked again.
 */
public final class PreVerifiedSignatures implements MessageVerifier {
  private record Checked(Hash signingHash, Signature signature, Address signer) {}

  private final MessageVerifier verifier;
  private final Map<Checked, Boolean> checked;

  public PreVerifiedSignatures(MessageVerifier verifier, int capacity) {
    this.verifier = verifier;
    this.checked = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Checked, Boolean> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Checks with the real verifier and, if valid, remembers it for the engine's own check. */
  public boolean verifyAhead(Hash signingHash, Signature signature, Address signer) {
    boolean ok = verifier.verify(signingHash, signature, signer);
    if (ok) {
      synchronized (checked) {
        checked.put(new Checked(signingHash, signature, signer), Boolean.TRUE);
      }
    }
    return ok;
  }

  @Override
  public boolean verify(Hash signingHash, Signature signature, Address signer) {
    Boolean known;
    synchronized (checked) {
      known = checked.remove(new Checked(signingHash, signature, signer));
    }
    return known != null || verifier.verify(signingHash, signature, signer);
  }

  /** The verifier for checks made ahead of the engine: valid answers are remembered here. */
  public MessageVerifier ahead() {
    return this::verifyAhead;
  }

  int remembered() {
    synchronized (checked) {
      return checked.size();
    }
  }
}
