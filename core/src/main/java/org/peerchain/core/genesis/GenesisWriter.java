package org.peerchain.core.genesis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.peerchain.core.types.Address;

/**
 * Writes genesis JSON that {@link GenesisReader} reads back to an equal {@link Genesis}. Every
 * field is written, defaults included, so a file says what the chain is without the reader's
 * defaults. Wei amounts are decimal strings: they exceed what JSON numbers hold exactly in many
 * readers (JavaScript's 2^53).
 */
public final class GenesisWriter {
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private GenesisWriter() {}

  public static String toJson(Genesis g) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("chainId", g.chainId());
    root.put("timestamp", g.timestamp());
    root.put("gasLimit", g.gasLimit());
    root.put("initialBaseFeePerGas", g.initialBaseFeePerGas().toString());
    root.put("blockPeriodMs", g.blockPeriodMs());
    root.put("emptyBlockPeriodMs", g.emptyBlockPeriodMs());
    root.put("extraData", g.extraData().toHexString());
    ArrayNode validators = root.putArray("validators");
    for (GenesisValidator v : g.validators()) {
      validators.addObject().put("address", v.address().toChecksumString()).put("power", v.power());
    }
    ObjectNode alloc = root.putObject("alloc");
    for (Map.Entry<Address, GenesisAccount> e : g.alloc().entrySet()) {
      ObjectNode account = alloc.putObject(e.getKey().toChecksumString());
      account.put("balance", e.getValue().balance().toString());
      if (e.getValue().nonce() != 0) {
        account.put("nonce", e.getValue().nonce());
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a JSON tree", e);
    }
  }

  public static void write(Genesis g, Path file) {
    try {
      Files.writeString(file, toJson(g), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write genesis file " + file, e);
    }
  }
}
