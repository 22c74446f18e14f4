package org.peerchain.core.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Arbitrary text as a genesis file, which a testnet's operators pass around: either a
 * {@link GenesisException} naming the problem, or a genesis that the writer reproduces exactly.
 */
class GenesisReaderFuzzTest {

  @FuzzTest
  @DictionaryEntries({"\"chainId\":", "\"timestamp\":", "\"gasLimit\":", "\"initialBaseFeePerGas\":",
      "\"blockPeriodMs\":", "\"emptyBlockPeriodMs\":", "\"extraData\":", "\"validators\":", "\"alloc\":",
      "\"address\":", "\"power\":", "\"balance\":", "\"nonce\":", "\"0x", "0000000000000000000000000000000000000000"})
  void readsOrRejects(byte[] data) {
    Genesis genesis;
    try {
      genesis = GenesisReader.parse(new String(data, StandardCharsets.UTF_8));
    } catch (GenesisException rejected) {
      return;
    }
    assertThat(GenesisReader.parse(GenesisWriter.toJson(genesis))).isEqualTo(genesis);
  }
}
