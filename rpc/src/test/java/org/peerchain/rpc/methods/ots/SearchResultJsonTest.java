package org.peerchain.rpc.methods.ots;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.AddressHistory.Entry;
import org.peerchain.rpc.fixture.FixtureChain;
import org.peerchain.rpc.fixture.FixtureTransactions;

class SearchResultJsonTest {
  private final FixtureChain chain = FixtureChain.standard();

  @Test
  void entriesBesideTheirReceiptsWithTheBlocksTimestamp() {
    Hash txd = FixtureTransactions.block2DynamicWithData().hash();
    ObjectNode json = SearchResultJson.of(chain.access(),
        new AddressPage(List.of(new Entry(2, 1, txd)), true, false));
    assertThat(json.get("txs").get(0).get("hash").textValue()).isEqualTo(txd.toHexString());
    assertThat(json.get("receipts").get(0).get("transactionHash").textValue()).isEqualTo(txd.toHexString());
    assertThat(json.get("receipts").get(0).get("timestamp").textValue())
        .isEqualTo("0x" + Long.toHexString(FixtureChain.GENESIS_TIME + 4));
    assertThat(json.get("firstPage").booleanValue()).isTrue();
    assertThat(json.get("lastPage").booleanValue()).isFalse();
  }

  @Test
  void anEntryItsBlockNoLongerHoldsIsLeftOut() {
    Hash txa = FixtureTransactions.block1Dynamic().hash();
    ObjectNode json = SearchResultJson.of(chain.access(), new AddressPage(List.of(
        new Entry(9, 0, txa), // no such block
        new Entry(2, 0, txa), // another transaction there
        new Entry(1, 7, txa), // no such index
        new Entry(1, 0, txa)), false, true));
    assertThat(json.get("txs")).hasSize(1);
    assertThat(json.get("receipts")).hasSize(1);
    assertThat(json.get("txs").get(0).get("hash").textValue()).isEqualTo(txa.toHexString());
  }
}
