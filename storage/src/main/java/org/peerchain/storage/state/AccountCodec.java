package org.peerchain.storage.state;

import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;

/**
 * Ethereum's account leaf: rlp([nonce, balance, storageRoot, codeHash]). With the empty storage
 * root and empty code hash, a state root over our accounts equals Ethereum's for the same accounts,
 * so eth_getProof answers are checkable by any Ethereum tool.
 */
public final class AccountCodec {
  private AccountCodec() {}

  public static Bytes encode(Account account) {
    return new RlpWriter()
        .startList()
        .writeLong(account.nonce())
        .writeUInt256(account.balance())
        .writeHash(BlockHeader.EMPTY_TRIE_ROOT)
        .writeHash(Keccak.EMPTY)
        .endList()
        .toBytes();
  }

  public static Account decode(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, r -> {
      RlpReader fields = r.enterList();
      long nonce = fields.readLong();
      var balance = fields.readUInt256();
      int at = fields.position();
      if (!fields.readHash().equals(BlockHeader.EMPTY_TRIE_ROOT)) {
        throw new RlpException(at, "account has contract storage, which peerchain does not support");
      }
      at = fields.position();
      if (!fields.readHash().equals(Keccak.EMPTY)) {
        throw new RlpException(at, "account has contract code, which peerchain does not support");
      }
      fields.expectEnd();
      return new Account(nonce, balance);
    });
  }
}
