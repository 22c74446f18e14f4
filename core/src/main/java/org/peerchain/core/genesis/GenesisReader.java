package org.peerchain.core.genesis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.bytes.Hex;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/**
 * Reads a genesis file strictly: a typo in a key or a value must stop the node with a message
 * naming it (e.g. {@code alloc.0xf39F…2266.balanse}), not start a chain that differs from its peers'.
 * Numbers may be JSON integers or strings in decimal or {@code 0x} hex.
 */
public final class GenesisReader {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final Set<String> TOP_KEYS = Set.of("chainId", "timestamp", "gasLimit", "initialBaseFeePerGas",
      "blockPeriodMs", "emptyBlockPeriodMs", "extraData", "validators", "alloc");
  private static final Set<String> VALIDATOR_KEYS = Set.of("address", "power");
  private static final Set<String> ACCOUNT_KEYS = Set.of("balance", "nonce");

  private GenesisReader() {}

  public static Genesis read(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GenesisException("cannot read genesis file " + file + ": " + e.getMessage(), e);
    }
    return parse(json);
  }

  public static Genesis parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new GenesisException("genesis is not valid JSON: " + e.getOriginalMessage() + where, e);
    }
    if (root == null || !root.isObject()) {
      throw new GenesisException("genesis must be a JSON object");
    }
    checkKeys(root, "", TOP_KEYS);
    long blockPeriodMs = optional(root, "blockPeriodMs") == null ? Genesis.DEFAULT_BLOCK_PERIOD_MS
        : longAtLeast(root.get("blockPeriodMs"), "blockPeriodMs", 0);
    long emptyBlockPeriodMs = optional(root, "emptyBlockPeriodMs") == null
        ? Math.max(Genesis.DEFAULT_EMPTY_BLOCK_PERIOD_MS, blockPeriodMs)
        : longAtLeast(root.get("emptyBlockPeriodMs"), "emptyBlockPeriodMs", Math.max(1, blockPeriodMs));
    try {
      return new Genesis(
          longAtLeast(required(root, "chainId", ""), "chainId", 1),
          optional(root, "timestamp") == null ? Genesis.DEFAULT_TIMESTAMP
              : longAtLeast(root.get("timestamp"), "timestamp", 0),
          optional(root, "gasLimit") == null ? Genesis.DEFAULT_GAS_LIMIT
              : longAtLeast(root.get("gasLimit"), "gasLimit", Genesis.MIN_GAS_LIMIT),
          optional(root, "initialBaseFeePerGas") == null ? Genesis.DEFAULT_INITIAL_BASE_FEE
              : positiveUInt256(root.get("initialBaseFeePerGas"), "initialBaseFeePerGas"),
          blockPeriodMs,
          emptyBlockPeriodMs,
          optional(root, "extraData") == null ? Bytes.EMPTY : extraData(root.get("extraData")),
          validators(required(root, "validators", "")),
          optional(root, "alloc") == null ? new TreeMap<>() : alloc(root.get("alloc")));
    } catch (IllegalArgumentException e) {
      // Field checks above come first; this only catches a rule that spans fields.
      throw new GenesisException("invalid genesis: " + e.getMessage(), e);
    }
  }

  private static List<GenesisValidator> validators(JsonNode node) {
    if (!node.isArray() || node.isEmpty()) {
      throw fail("validators", "must be a non-empty array of {address, power}", node);
    }
    List<GenesisValidator> out = new ArrayList<>();
    Map<Address, Integer> seen = new HashMap<>();
    for (int i = 0; i < node.size(); i++) {
      String path = "validators[" + i + "]";
      JsonNode v = node.get(i);
      if (!v.isObject()) {
        throw fail(path, "must be an object {address, power}", v);
      }
      checkKeys(v, path + ".", VALIDATOR_KEYS);
      Address address = address(required(v, "address", path + "."), path + ".address");
      Integer previous = seen.put(address, i);
      if (previous != null) {
        throw new GenesisException(path + ".address: duplicate validator " + address
            + " (also validators[" + previous + "])");
      }
      out.add(new GenesisValidator(address, longAtLeast(required(v, "power", path + "."), path + ".power", 1)));
    }
    return out;
  }

  private static TreeMap<Address, GenesisAccount> alloc(JsonNode node) {
    if (!node.isObject()) {
      throw fail("alloc", "must be an object mapping addresses to {balance, nonce}", node);
    }
    TreeMap<Address, GenesisAccount> out = new TreeMap<>();
    Map<Address, String> keys = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = "alloc." + e.getKey();
      Address address;
      try {
        address = Address.fromHexString(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new GenesisException(path + ": invalid address: " + ex.getMessage(), ex);
      }
      String previous = keys.put(address, e.getKey());
      if (previous != null) {
        throw new GenesisException(path + ": duplicate alloc address " + address + " (also given as " + previous + ")");
      }
      JsonNode account = e.getValue();
      if (!account.isObject()) {
        throw fail(path, "must be an object {balance, nonce}", account);
      }
      checkKeys(account, path + ".", ACCOUNT_KEYS);
      UInt256 balance = uint256(required(account, "balance", path + "."), path + ".balance");
      long nonce = optional(account, "nonce") == null ? 0 : longAtLeast(account.get("nonce"), path + ".nonce", 0);
      out.put(address, new GenesisAccount(balance, nonce));
    }
    return out;
  }

  private static Bytes extraData(JsonNode node) {
    if (!node.isTextual()) {
      throw fail("extraData", "must be a 0x-prefixed hex string", node);
    }
    Bytes b;
    try {
      b = Bytes.wrap(Hex.decodePrefixed(node.textValue()));
    } catch (IllegalArgumentException e) {
      throw new GenesisException("extraData: " + e.getMessage(), e);
    }
    if (b.size() > BlockHeader.MAX_EXTRA_DATA) {
      throw fail("extraData", "must be at most 32 bytes, got " + b.size() + " bytes", node);
    }
    return b;
  }

  private static Address address(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw fail(path, "must be a hex address string", node);
    }
    try {
      return Address.fromHexString(node.textValue());
    } catch (IllegalArgumentException e) {
      throw new GenesisException(path + ": " + e.getMessage(), e);
    }
  }

  private static long longAtLeast(JsonNode node, String path, long min) {
    BigInteger v = integer(node, path);
    if (v.compareTo(BigInteger.valueOf(min)) < 0) {
      String rule = min == 0 ? "must not be negative" : min == 1 ? "must be positive" : "must be at least " + min;
      throw fail(path, rule, node);
    }
    if (v.bitLength() > 63) {
      throw fail(path, "must fit a signed 64-bit integer", node);
    }
    return v.longValue();
  }

  private static UInt256 positiveUInt256(JsonNode node, String path) {
    UInt256 v = uint256(node, path);
    if (v.isZero()) {
      throw fail(path, "must be positive", node);
    }
    return v;
  }

  private static UInt256 uint256(JsonNode node, String path) {
    BigInteger v = integer(node, path);
    if (v.signum() < 0) {
      throw fail(path, "must not be negative", node);
    }
    if (v.bitLength() > 256) {
      throw fail(path, "must fit 256 bits", node);
    }
    return UInt256.valueOf(v);
  }

  /** A JSON integer, or a string of decimal digits or of 0x and hex digits (leading zeros allowed). */
  private static BigInteger integer(JsonNode node, String path) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (node.isTextual()) {
      String s = node.textValue();
      if (Hex.hasPrefix(s) && s.length() > 2 && s.length() <= 2 + 64 && isDigits(s.substring(2), 16)) {
        return new BigInteger(s.substring(2), 16);
      }
      if (!s.isEmpty() && s.length() <= 80 && isDigits(s, 10)) {
        return new BigInteger(s);
      }
    }
    throw fail(path, "must be an integer (JSON number, decimal string or 0x hex string)", node);
  }

  private static boolean isDigits(String s, int radix) {
    return s.chars().allMatch(c -> Character.digit(c, radix) >= 0 && c < 128);
  }

  private static void checkKeys(JsonNode object, String prefix, Set<String> allowed) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw new GenesisException("unknown key " + prefix + key + " (allowed: "
            + String.join(", ", sorted(allowed)) + ")");
      }
    }
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  private static JsonNode required(JsonNode object, String key, String prefix) {
    JsonNode v = object.get(key);
    if (v == null) {
      throw new GenesisException("missing required key " + prefix + key);
    }
    return v;
  }

  /** The value under {@code key}, or null when absent; an explicit JSON null is not "absent". */
  private static JsonNode optional(JsonNode object, String key) {
    return object.get(key);
  }

  private static GenesisException fail(String path, String rule, JsonNode value) {
    String shown = value.toString();
    if (shown.length() > 100) {
      shown = shown.substring(0, 97) + "...";
    }
    return new GenesisException(path + ": " + rule + ", got " + shown);
  }
}
