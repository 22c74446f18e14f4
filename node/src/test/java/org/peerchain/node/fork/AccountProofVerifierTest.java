package org.peerchain.node.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;

class AccountProofVerifierTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Address ALICE = Address.fromHexString("0x" + "a1".repeat(20));
  private static final Address BOB = Address.fromHexString("0x" + "b0".repeat(20));
  private static final Address NOBODY = Address.fromHexString("0x" + "0e".repeat(20));

  private static WorldState state(Map<Address, Account> accounts) {
    KeyValueStore store = InMemoryKeyValueStore.create(Schema.ALL);
    WorldState state = WorldState.open(store, StatePruning.archive());
    StateCommit commit = state.genesis(accounts);
    try (WriteBatch batch = store.newBatch()) {
      commit.writeTo(batch);
      batch.commit();
    }
    state.onCommitted(commit);
    return state;
  }

  private final WorldState state = state(Map.of(
      ALICE, new Account(3, UInt256.valueOf(5_000_000_000L)), BOB, new Account(0, UInt256.valueOf(42))));
  private final Hash root = state.head().orElseThrow().stateRoot();

  /** The eth_getProof answer an honest peerchain node gives. */
  private static ObjectNode answer(Address address, Account account, List<Bytes> proof) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("address", address.toHexString());
    ArrayNode nodes = o.putArray("accountProof");
    proof.forEach(n -> nodes.add(n.toHexString()));
    o.put("balance", account.balance().toQuantity());
    o.put("nonce", "0x" + Long.toHexString(account.nonce()));
    o.putArray("storageProof");
    return o;
  }

  private ObjectNode honest(Address address) {
    return answer(address, state.account(address), state.proof(address, root));
  }

  @Test
  void anHonestProofGivesTheAccountAndItsPath() {
    ProvenAccount alice = AccountProofVerifier.verify(root, ALICE, honest(ALICE));
    assertThat(alice.account()).isEqualTo(new Account(3, UInt256.valueOf(5_000_000_000L)));
    assertThat(alice.proof()).isNotEmpty();
    assertThat(AccountProofVerifier.verify(root, NOBODY, honest(NOBODY)).account()).isEqualTo(Account.EMPTY);
  }

  @Test
  void aClaimThatItsOwnProofContradictsIsRejected() {
    ObjectNode lie = honest(BOB).put("balance", UInt256.valueOf(1_000_000_000_000L).toQuantity());
    assertThatThrownBy(() -> AccountProofVerifier.verify(root, BOB, lie))
        .isInstanceOf(ForkException.class).hasMessageContaining("claims balance").hasMessageContaining("shows balance 42");
  }

  @Test
  void aTamperedLeafOrAProofOfAnotherRootDoesNotVerify() {
    // The leaf re-encoded with a larger balance, and the claim to match: the parent's hash no longer fits.
    Account richer = new Account(0, UInt256.valueOf(1_000_000));
    List<Bytes> proof = new ArrayList<>(state.proof(BOB, root));
    WorldState forged = state(Map.of(ALICE, new Account(3, UInt256.valueOf(5_000_000_000L)), BOB, richer));
    List<Bytes> forgedProof = forged.proof(BOB, forged.head().orElseThrow().stateRoot());
    proof.set(proof.size() - 1, forgedProof.get(forgedProof.size() - 1));
    assertThatThrownBy(() -> AccountProofVerifier.verify(root, BOB, answer(BOB, richer, proof)))
        .isInstanceOf(ForkException.class).hasMessageContaining("does not verify against the certified state root");
    assertThatThrownBy(() -> AccountProofVerifier.verify(root, BOB, answer(BOB, richer, forgedProof)))
        .isInstanceOf(ForkException.class).hasMessageContaining("does not verify against the certified state root");
  }

  @Test
  void malformedAnswersAreRejectedWithTheFieldNamed() {
    assertThatThrownBy(() -> AccountProofVerifier.verify(root, ALICE, honest(BOB)))
        .isInstanceOf(ForkException.class).hasMessageContaining("when asked for");
    ObjectNode long65 = honest(ALICE);
    ArrayNode nodes = long65.putArray("accountProof");
    for (int i = 0; i < 66; i++) {
      nodes.add("0x80");
    }
    assertThatThrownBy(() -> AccountProofVerifier.verify(root, ALICE, long65))
        .isInstanceOf(ForkException.class).hasMessageContaining("longer than");
    ObjectNode big = honest(ALICE);
    big.putArray("accountProof").add("0x" + "ab".repeat(2000));
    assertThatThrownBy(() -> AccountProofVerifier.verify(root, ALICE, big))
        .isInstanceOf(ForkException.class).hasMessageContaining("bytes");
    ObjectNode noBalance = honest(ALICE);
    noBalance.remove("balance");
    assertThatThrownBy(() -> AccountProofVerifier.verify(root, ALICE, noBalance))
        .isInstanceOf(ForkException.class).hasMessageContaining("balance");
    assertThatThrownBy(() -> AccountProofVerifier.verify(root, ALICE, MAPPER.nullNode()))
        .isInstanceOf(ForkException.class).hasMessageContaining("not an object");
  }
}
