package org.peerchain.node.fork;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.AccountCodec;
import org.peerchain.storage.trie.InvalidProofException;
import org.peerchain.storage.trie.SecureTrie;

/**
 * Checks an eth_getProof answer against a certified state root with the trie's own proof verifier:
 * the account is what the proof proves, and the answer's balance and nonce fields must say the same
 * (an upstream that claims one value and proves another is lying, not merely unhelpful).
 */
public final class AccountProofVerifier {
  /** A path of a 2^160-key secure trie has 64 nibbles at most, so at most 65 nodes. */
  static final int MAX_PROOF_NODES = 65;
  /** A branch node with 16 hash children and a value is the largest node: 532 bytes with headroom. */
  static final int MAX_NODE_BYTES = 1024;

  private AccountProofVerifier() {}

  /** @throws ForkException when the answer is malformed, does not verify, or contradicts its proof */
  public static ProvenAccount verify(Hash root, Address address, JsonNode answer) {
    if (answer == null || !answer.isObject()) {
      throw new ForkException("upstream's eth_getProof answer for " + address.toChecksumString() + " is not an object");
    }
    Bytes claimedAddress = Hex.data(answer, "address");
    if (!claimedAddress.equals(address.bytes())) {
      throw new ForkException("upstream answered a proof for " + claimedAddress + " when asked for " + address.toChecksumString());
    }
    JsonNode nodes = answer.get("accountProof");
    if (nodes == null || !nodes.isArray() || nodes.size() > MAX_PROOF_NODES) {
      throw new ForkException("upstream's accountProof for " + address.toChecksumString()
          + " is missing or longer than " + MAX_PROOF_NODES + " nodes");
    }
    List<Bytes> proof = new ArrayList<>();
    for (JsonNode node : nodes) {
      Bytes bytes = Hex.dataValue(node, "accountProof node");
      if (bytes.size() > MAX_NODE_BYTES) {
        throw new ForkException("upstream's accountProof for " + address.toChecksumString() + " has a node of "
            + bytes.size() + " bytes");
      }
      proof.add(bytes);
    }
    Account proven;
    try {
      Optional<Bytes> leaf = SecureTrie.verify(root, address.bytes(), proof);
      proven = leaf.isEmpty() ? Account.EMPTY : AccountCodec.decode(leaf.get());
    } catch (InvalidProofException e) {
      throw new ForkException("proof of " + address.toChecksumString() + " does not verify against the certified state root "
          + root + ": " + e.getMessage());
    } catch (RlpException e) {
      throw new ForkException("proven account " + address.toChecksumString() + " is not a peerchain account: " + e.getMessage());
    }
    UInt256 balance = Hex.quantity(answer, "balance");
    UInt256 nonce = Hex.quantity(answer, "nonce");
    UInt256 provenNonce = UInt256.valueOf(new BigInteger(Long.toUnsignedString(proven.nonce())));
    if (!balance.equals(proven.balance()) || !nonce.equals(provenNonce)) {
      throw new ForkException("upstream claims balance " + balance + " and nonce " + nonce + " for "
          + address.toChecksumString() + ", but its proof against the certified state root " + root + " shows balance "
          + proven.balance() + " and nonce " + Long.toUnsignedString(proven.nonce()));
    }
    return new ProvenAccount(proven, proof);
  }
}
