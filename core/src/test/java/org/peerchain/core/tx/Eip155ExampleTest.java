package org.peerchain.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/** The worked example in the text of EIP-155. */
class Eip155ExampleTest {
  private static final PrivateKey KEY =
      PrivateKey.fromHexString("0x4646464646464646464646464646464646464646464646464646464646464646");
  private static final UnsignedTransaction TX = UnsignedTransaction.builder(TransactionType.LEGACY)
      .nonce(9)
      .gasPrice(UInt256.valueOf(20_000_000_000L))
      .gasLimit(21_000)
      .to(Address.fromHexString("0x3535353535353535353535353535353535353535"))
      .value(UInt256.fromDecimal("1000000000000000000"))
      .build();
  private static final Bytes RAW = Bytes.fromHexString("0xf86c098504a817c800825208943535353535353535353535353535353535353535"
      + "880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276"
      + "a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83");

  @Test
  void signingDataAndHash() {
    assertThat(TransactionEncoder.signingPayload(TX, 1)).isEqualTo(Bytes.fromHexString(
        "0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080"));
    assertThat(TransactionSigner.signingHash(TX, 1)).isEqualTo(
        Hash.fromHexString("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
  }

  @Test
  void signedTransaction() {
    Transaction signed = TransactionSigner.sign(TX, 1, KEY);
    assertThat(TransactionEncoder.encode(signed)).isEqualTo(RAW);
    assertThat(signed.hash()).isEqualTo(Keccak.hash(RAW));
    assertThat(signed.v()).isEqualTo(UInt256.valueOf(37));
    assertThat(signed.chainId()).contains(UInt256.ONE);
    assertThat(signed.isReplayProtected()).isTrue();
    assertThat(signed.sender()).contains(Secp256k1.get().publicKey(KEY).address());
  }

  @Test
  void decodedExampleIsValidOnChainOne() {
    Transaction decoded = TransactionDecoder.decode(RAW);
    assertThat(decoded).isEqualTo(TransactionSigner.sign(TX, 1, KEY));
    assertThat(decoded.body()).isEqualTo(TX);
    assertThat(decoded.hash()).isEqualTo(Keccak.hash(RAW));
    assertThat(decoded.signingHash()).isEqualTo(TransactionSigner.signingHash(TX, 1));
    assertThat(new TransactionValidator(1).validate(decoded))
        .isEqualTo(new ValidationResult.Valid(Secp256k1.get().publicKey(KEY).address()));
    assertThat(new TransactionValidator(5).validate(decoded))
        .isInstanceOfSatisfying(ValidationResult.Invalid.class,
            i -> assertThat(i.reason()).isEqualTo(InvalidTransactionReason.INVALID_CHAIN_ID));
  }
}
