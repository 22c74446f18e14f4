package org.peerchain.storage.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.types.UInt256;

class AccountCodecTest {
  @Test
  void encodesEthereumsAccountLeaf() {
    // rlp([1, 1 ether, EMPTY_TRIE_ROOT, KECCAK_EMPTY]) as Ethereum clients write an EOA's leaf.
    Bytes encoded = AccountCodec.encode(new Account(1, UInt256.valueOf(1_000_000_000_000_000_000L)));
    assertThat(encoded.toHexString()).isEqualTo("0xf84c01880de0b6b3a7640000"
        + "a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"
        + "a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  }

  @Property
  void roundTrips(@ForAll long nonce, @ForAll BigInteger raw) {
    Account account = new Account(nonce, UInt256.valueOf(raw.abs().mod(UInt256.MODULUS)));
    assertThat(AccountCodec.decode(AccountCodec.encode(account))).isEqualTo(account);
  }

  @Test
  void refusesContractAccounts() {
    Bytes withCode = Bytes.fromHexString("0xf84c01880de0b6b3a7640000"
        + "a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"
        + "a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a471");
    assertThatThrownBy(() -> AccountCodec.decode(withCode)).isInstanceOf(RlpException.class)
        .hasMessageContaining("contract code");
  }
}
