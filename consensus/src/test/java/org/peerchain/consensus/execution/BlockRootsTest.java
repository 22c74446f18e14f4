package org.peerchain.consensus.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionDecoder;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.trie.MerklePatriciaTrie;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;

/** Roots against an independent trie over web3j's own encodings. */
class BlockRootsTest {
  private static final Credentials KEY =
      Credentials.create("0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63");
  private static final long CHAIN_ID = 1337;
  private static final String TO = "0x3535353535353535353535353535353535353535";

  @Test
  void emptyRootsAreTheEmptyTrieRoot() {
    assertThat(BlockRoots.transactionsRoot(List.of())).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT)
        .isEqualTo(BlockHeader.EMPTY_TRIE_ROOT);
    assertThat(BlockRoots.receiptsRoot(List.of())).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT);
    assertThat(ReferenceTrieRoot.root(Map.of())).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT.bytes().toArray());
  }

  @Test
  void transactionsRootMatchesAnIndependentTrieOverWeb3jSignedTransactions() {
    // 1, a few, and past 128 so that rlp(index) keys take two bytes and the trie gets deep.
    for (int count : new int[] {1, 3, 17, 130}) {
      List<byte[]> signed = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        signed.add(web3jSigned(i));
      }
      List<Transaction> ours = signed.stream().map(raw -> TransactionDecoder.decode(Bytes.wrap(raw))).toList();
      Map<byte[], byte[]> reference = new IdentityHashMap<>();
      for (int i = 0; i < count; i++) {
        reference.put(ReferenceTrieRoot.indexKey(i), signed.get(i));
      }
      assertThat(BlockRoots.transactionsRoot(ours))
          .as("%d transactions", count)
          .isEqualTo(Hash.wrap(Bytes.wrap(ReferenceTrieRoot.root(reference))));
    }
  }

  @Test
  void receiptsRootMatchesAnIndependentTrieOverHandEncodedReceipts() {
    List<Receipt> receipts = new ArrayList<>();
    Map<byte[], byte[]> reference = new IdentityHashMap<>();
    long cumulative = 0;
    for (int i = 0; i < 140; i++) {
      int type = i % 3;
      cumulative += 21_000 + i;
      receipts.add(new Receipt(type, true, cumulative));
      byte[] payload = RlpEncoder.encode(new RlpList(RlpString.create(1), RlpString.create(BigInteger.valueOf(cumulative)),
          RlpString.create(new byte[256]), new RlpList()));
      byte[] envelope = type == 0 ? payload : prepend((byte) type, payload);
      reference.put(ReferenceTrieRoot.indexKey(i), envelope);
    }
    assertThat(BlockRoots.receiptsRoot(receipts)).isEqualTo(Hash.wrap(Bytes.wrap(ReferenceTrieRoot.root(reference))));
  }

  @Test
  void theRootDependsOnOrder() {
    List<Transaction> txs = List.of(TransactionDecoder.decode(Bytes.wrap(web3jSigned(0))),
        TransactionDecoder.decode(Bytes.wrap(web3jSigned(1))));
    assertThat(BlockRoots.transactionsRoot(List.of(txs.get(1), txs.get(0))))
        .isNotEqualTo(BlockRoots.transactionsRoot(txs));
  }

  /** Legacy (EIP-155), EIP-2930 and EIP-1559 transfers in turn, signed by web3j. */
  private static byte[] web3jSigned(int i) {
    BigInteger nonce = BigInteger.valueOf(i);
    BigInteger value = BigInteger.valueOf(1_000 + i);
    return switch (i % 3) {
      case 0 -> TransactionEncoder.signMessage(RawTransaction.createEtherTransaction(nonce,
          BigInteger.valueOf(2_000_000_000L), BigInteger.valueOf(21_000), TO, value), CHAIN_ID, KEY);
      case 1 -> TransactionEncoder.signMessage(RawTransaction.createTransaction(CHAIN_ID, nonce,
          BigInteger.valueOf(3_000_000_000L), BigInteger.valueOf(21_000), TO, value, "0x", List.of()), KEY);
      default -> TransactionEncoder.signMessage(RawTransaction.createEtherTransaction(CHAIN_ID, nonce,
          BigInteger.valueOf(21_000), TO, value, BigInteger.valueOf(1_000_000_000L),
          BigInteger.valueOf(9_000_000_000L)), KEY);
    };
  }

  private static byte[] prepend(byte type, byte[] payload) {
    byte[] out = new byte[payload.length + 1];
    out[0] = type;
    System.arraycopy(payload, 0, out, 1, payload.length);
    return out;
  }
}
