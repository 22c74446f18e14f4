package org.peerchain.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.web3j.crypto.AccessListObject;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.transaction.type.Transaction1559;
import org.web3j.crypto.transaction.type.Transaction2930;
import org.web3j.utils.Numeric;

/** Transactions signed by web3j decode with ours, and ours decode with web3j, field for field. */
class Web3jCrossCheckTest {
  private static final String KEY_HEX = "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";
  private static final PrivateKey KEY = PrivateKey.fromHexString(KEY_HEX);
  private static final Credentials CREDENTIALS = Credentials.create(KEY_HEX);
  private static final long CHAIN_ID = 1337;
  private static final String TO = "0x3535353535353535353535353535353535353535";
  private static final String STORAGE_KEY = "0x0000000000000000000000000000000000000000000000000000000000000007";

  @Test
  void legacySignedByWeb3j() {
    RawTransaction raw = RawTransaction.createTransaction(
        BigInteger.valueOf(7), BigInteger.valueOf(2_000_000_000L), BigInteger.valueOf(30_000), TO,
        BigInteger.TEN.pow(18), "0x00ff");
    Transaction tx = decodeAndCheckWeb3jSigned(signWithWeb3j(raw, true));
    assertThat(tx.type()).isEqualTo(TransactionType.LEGACY);
    assertThat(tx.chainId()).contains(UInt256.valueOf(CHAIN_ID));
    assertThat(tx.nonce()).isEqualTo(7);
    assertThat(tx.gasPrice()).contains(UInt256.valueOf(2_000_000_000L));
    assertThat(tx.gasLimit()).isEqualTo(30_000);
    assertThat(tx.to()).contains(Address.fromHexString(TO));
    assertThat(tx.value()).isEqualTo(UInt256.valueOf(BigInteger.TEN.pow(18)));
    assertThat(tx.data()).isEqualTo(Bytes.of(0x00, 0xff));
  }

  @Test
  void accessListSignedByWeb3j() {
    RawTransaction raw = RawTransaction.createTransaction(CHAIN_ID, BigInteger.ONE,
        BigInteger.valueOf(3_000_000_000L), BigInteger.valueOf(60_000), TO, BigInteger.valueOf(12345), "0x",
        List.of(new AccessListObject(TO, List.of(STORAGE_KEY))));
    Transaction tx = decodeAndCheckWeb3jSigned(signWithWeb3j(raw, false));
    assertThat(tx.type()).isEqualTo(TransactionType.ACCESS_LIST);
    assertThat(tx.chainId()).contains(UInt256.valueOf(CHAIN_ID));
    assertThat(tx.gasPrice()).contains(UInt256.valueOf(3_000_000_000L));
    assertThat(tx.accessList()).containsExactly(
        new AccessListEntry(Address.fromHexString(TO), List.of(Hash.fromHexString(STORAGE_KEY))));
    assertThat(IntrinsicGas.of(tx)).isEqualTo(21_000 + 2_400 + 1_900);
  }

  @Test
  void dynamicFeeSignedByWeb3j() {
    RawTransaction raw = RawTransaction.createEtherTransaction(CHAIN_ID, BigInteger.valueOf(42),
        BigInteger.valueOf(21_000), TO, BigInteger.valueOf(999), BigInteger.valueOf(1_500_000_000L),
        BigInteger.valueOf(40_000_000_000L));
    Transaction tx = decodeAndCheckWeb3jSigned(signWithWeb3j(raw, false));
    assertThat(tx.type()).isEqualTo(TransactionType.DYNAMIC_FEE);
    assertThat(tx.nonce()).isEqualTo(42);
    assertThat(tx.gasPrice()).isEmpty();
    assertThat(tx.maxPriorityFeePerGas()).isEqualTo(UInt256.valueOf(1_500_000_000L));
    assertThat(tx.maxFeePerGas()).isEqualTo(UInt256.valueOf(40_000_000_000L));
    assertThat(tx.value()).isEqualTo(UInt256.valueOf(999));
  }

  @Test
  void legacySignedByUsDecodesWithWeb3j() {
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.LEGACY).nonce(3)
        .gasPrice(UInt256.valueOf(1_000_000_007L)).gasLimit(21_064).to(Address.fromHexString(TO))
        .value(UInt256.valueOf(5)).data(Bytes.of(1, 0, 2)).build();
    Transaction tx = TransactionSigner.sign(body, CHAIN_ID, KEY);
    SignedRawTransaction decoded = decodeWithWeb3j(tx);
    assertThat(decoded.getChainId()).isEqualTo(CHAIN_ID);
    assertThat(decoded.getGasPrice()).isEqualTo(BigInteger.valueOf(1_000_000_007L));
    assertCommonFields(decoded, tx);
  }

  @Test
  void accessListSignedByUsDecodesWithWeb3j() {
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.ACCESS_LIST).nonce(0)
        .gasPrice(UInt256.valueOf(9)).gasLimit(100_000).to(Address.fromHexString(TO)).value(UInt256.ZERO)
        .accessList(List.of(new AccessListEntry(Address.fromHexString(TO), List.of(Hash.fromHexString(STORAGE_KEY)))))
        .build();
    Transaction tx = TransactionSigner.sign(body, CHAIN_ID, KEY);
    SignedRawTransaction decoded = decodeWithWeb3j(tx);
    Transaction2930 inner = (Transaction2930) decoded.getTransaction();
    assertThat(inner.getChainId()).isEqualTo(CHAIN_ID);
    assertThat(inner.getGasPrice()).isEqualTo(BigInteger.valueOf(9));
    assertThat(inner.getAccessList()).containsExactly(new AccessListObject(TO, List.of(STORAGE_KEY)));
    assertCommonFields(decoded, tx);
  }

  @Test
  void dynamicFeeSignedByUsDecodesWithWeb3j() {
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(1_000_000)
        .maxPriorityFeePerGas(UInt256.valueOf(2)).maxFeePerGas(UInt256.valueOf(3_000_000_000L))
        .gasLimit(21_000).to(Address.fromHexString(TO)).value(UInt256.fromDecimal("123456789012345678901234567890"))
        .build();
    Transaction tx = TransactionSigner.sign(body, CHAIN_ID, KEY);
    SignedRawTransaction decoded = decodeWithWeb3j(tx);
    Transaction1559 inner = (Transaction1559) decoded.getTransaction();
    assertThat(inner.getChainId()).isEqualTo(CHAIN_ID);
    assertThat(inner.getMaxPriorityFeePerGas()).isEqualTo(BigInteger.TWO);
    assertThat(inner.getMaxFeePerGas()).isEqualTo(BigInteger.valueOf(3_000_000_000L));
    assertCommonFields(decoded, tx);
  }

  // web3j applies EIP-155 to a legacy transaction only when given the chain id.
  private static Bytes signWithWeb3j(RawTransaction raw, boolean legacy) {
    byte[] signed = legacy
        ? org.web3j.crypto.TransactionEncoder.signMessage(raw, CHAIN_ID, CREDENTIALS)
        : org.web3j.crypto.TransactionEncoder.signMessage(raw, CREDENTIALS);
    return Bytes.wrap(signed);
  }

  private static Transaction decodeAndCheckWeb3jSigned(Bytes signed) {
    Transaction tx = TransactionDecoder.decode(signed);
    assertThat(tx.hash()).isEqualTo(Hash.wrap(org.web3j.crypto.Hash.sha3(signed.toArray())));
    assertThat(tx.hash()).isEqualTo(Keccak.hash(signed));
    assertThat(tx.sender()).contains(Address.fromHexString(CREDENTIALS.getAddress()));
    assertThat(new TransactionValidator(CHAIN_ID).validate(tx).isValid()).isTrue();
    assertThat(TransactionEncoder.encode(tx)).isEqualTo(signed);
    return tx;
  }

  private static SignedRawTransaction decodeWithWeb3j(Transaction tx) {
    RawTransaction decoded = org.web3j.crypto.TransactionDecoder.decode(TransactionEncoder.encode(tx).toHexString());
    assertThat(decoded).isInstanceOf(SignedRawTransaction.class);
    return (SignedRawTransaction) decoded;
  }

  private static void assertCommonFields(SignedRawTransaction decoded, Transaction tx) {
    assertThat(decoded.getNonce()).isEqualTo(BigInteger.valueOf(tx.nonce()));
    assertThat(decoded.getGasLimit()).isEqualTo(BigInteger.valueOf(tx.gasLimit()));
    assertThat(decoded.getTo()).isEqualToIgnoringCase(tx.to().orElseThrow().toHexString());
    assertThat(decoded.getValue()).isEqualTo(tx.value().toBigInteger());
    assertThat(Bytes.wrap(Numeric.hexStringToByteArray(decoded.getData()))).isEqualTo(tx.data());
    try {
      assertThat(decoded.getFrom()).isEqualToIgnoringCase(tx.sender().orElseThrow().toHexString());
    } catch (java.security.SignatureException e) {
      throw new AssertionError(e);
    }
    assertThat(Address.fromHexString(CREDENTIALS.getAddress())).isEqualTo(tx.sender().orElseThrow());
  }
}
