package org.peerchain.testnet.load;

import java.util.List;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.UInt256;

/**
 * Signs the load's transfers: EIP-1559, 1 wei from sender i to sender i+1, so balances stay put
 * apart from fees. The fee cap leaves room for the base fee to climb under load.
 */
public final class TransferFactory {
  static final long TRANSFER_GAS = 21_000;
  static final UInt256 MAX_FEE = UInt256.valueOf(200_000_000_000L);
  static final UInt256 TIP = UInt256.valueOf(1_000_000_000L);

  private final long chainId;
  private final List<KeyPair> senders;

  public TransferFactory(long chainId, List<PrivateKey> senderKeys) {
    if (senderKeys.isEmpty()) {
      throw new IllegalArgumentException("at least one sender is needed");
    }
    this.chainId = chainId;
    this.senders = senderKeys.stream().map(Secp256k1.get()::keyPair).toList();
  }

  public int senders() {
    return senders.size();
  }

  public String address(int sender) {
    return senders.get(sender).address().toChecksumString();
  }

  public SignedTransfer transfer(int sender, long nonce) {
    KeyPair from = senders.get(sender);
    KeyPair to = senders.get((sender + 1) % senders.size());
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE)
        .nonce(nonce)
        .maxPriorityFeePerGas(TIP)
        .maxFeePerGas(MAX_FEE)
        .gasLimit(TRANSFER_GAS)
        .to(to.address())
        .value(UInt256.ONE)
        .build();
    Transaction tx = TransactionSigner.sign(body, chainId, from.privateKey());
    return new SignedTransfer(tx.hash().toHexString(), TransactionEncoder.encode(tx).toHexString(), sender, nonce);
  }
}
