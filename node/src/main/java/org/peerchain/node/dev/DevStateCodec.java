package org.peerchain.node.dev;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.api.DevRequestException;
import org.peerchain.storage.state.Account;

/**
 * The dump format: a JSON document, {@code {"format": "peerchain-dev-state", "version": 1, "chainId",
 * "block": {number, hash, timestamp}, "accounts": {address: {nonce, balance}}}}, quantities in hex.
 * anvil_dumpState hands it out gzipped (as anvil does its own); a file holds it plain. Reading takes
 * either. The input is hostile: bounded in bytes and accounts, and every failure is a
 * {@link DevRequestException} that says what is wrong.
 */
public final class DevStateCodec {
  public static final String FORMAT = "peerchain-dev-state";
  public static final int VERSION = 1;
  /** The unpacked document at most; a gzip bomb stops here. */
  static final int MAX_JSON_BYTES = 64 << 20;
  static final int MAX_ACCOUNTS = 1_000_000;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DevStateCodec() {}

  public static byte[] toJson(DevState state) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("chainId", state.chainId());
    ObjectNode block = root.putObject("block");
    block.put("number", "0x" + Long.toHexString(state.blockNumber()));
    block.put("hash", state.blockHash().toHexString());
    block.put("timestamp", "0x" + Long.toHexString(state.timestamp()));
    ObjectNode accounts = root.putObject("accounts");
    state.accounts().forEach((address, account) -> {
      ObjectNode a = accounts.putObject(address.toHexString());
      a.put("nonce", "0x" + Long.toHexString(account.nonce()));
      a.put("balance", account.balance().toQuantity());
    });
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a state dump", e);
    }
  }

  public static Bytes toGzip(DevState state) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(toJson(state));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Bytes.wrap(out.toByteArray());
  }

  /** Reads a dump, gzipped or plain. */
  public static DevState read(byte[] input) {
    byte[] json = isGzip(input) ? gunzip(input) : input;
    if (json.length > MAX_JSON_BYTES) {
      throw corrupt("more than " + MAX_JSON_BYTES + " bytes");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw corrupt("not JSON (" + firstLine(e.getMessage()) + ")");
    }
    if (root == null || !root.isObject()) {
      throw corrupt("not a JSON object");
    }
    if (!FORMAT.equals(text(root, "format"))) {
      throw corrupt("format is not \"" + FORMAT + "\"");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isInt() || version.intValue() != VERSION) {
      throw new DevRequestException("state dump version " + version + " is not supported (this node reads version "
          + VERSION + ")");
    }
    JsonNode chainId = root.get("chainId");
    if (chainId == null || !chainId.canConvertToLong() || !chainId.isIntegralNumber()) {
      throw corrupt("chainId is missing or not a number");
    }
    JsonNode block = root.get("block");
    if (block == null || !block.isObject()) {
      throw corrupt("block is missing");
    }
    long number = quantity(block, "number");
    Hash hash = parse("block.hash", () -> Hash.fromHexString(text(block, "hash")));
    long timestamp = quantity(block, "timestamp");
    JsonNode accounts = root.get("accounts");
    if (accounts == null || !accounts.isObject()) {
      throw corrupt("accounts is missing");
    }
    if (accounts.size() > MAX_ACCOUNTS) {
      throw corrupt("more than " + MAX_ACCOUNTS + " accounts");
    }
    Map<Address, Account> out = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = accounts.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      Address address = parse("account " + abbreviate(key), () -> Address.fromHexString(key));
      JsonNode a = entry.getValue();
      if (!a.isObject()) {
        throw corrupt("account " + key + " is not an object");
      }
      long nonce = quantity(a, "nonce");
      UInt256 balance = parse("balance of " + key, () -> UInt256.fromQuantity(text(a, "balance")));
      out.put(address, new Account(nonce, balance));
    }
    return new DevState(chainId.longValue(), number, hash, timestamp, new TreeMap<>(out));
  }

  private static boolean isGzip(byte[] input) {
    return input.length >= 2 && (input[0] & 0xff) == 0x1f && (input[1] & 0xff) == 0x8b;
  }

  private static byte[] gunzip(byte[] input) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(input))) {
      byte[] json = in.readNBytes(MAX_JSON_BYTES + 1);
      if (json.length > MAX_JSON_BYTES) {
        throw corrupt("unpacks to more than " + MAX_JSON_BYTES + " bytes");
      }
      return json;
    } catch (IOException e) {
      throw corrupt("broken gzip data (" + firstLine(e.getMessage()) + ")");
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw corrupt(field + " is missing or not a string");
    }
    return value.textValue();
  }

  private static long quantity(JsonNode node, String field) {
    String hex = text(node, field);
    long value = parse(field, () -> UInt256.fromQuantity(hex).toBigInteger().longValueExact());
    if (value < 0) {
      throw corrupt(field + " is negative");
    }
    return value;
  }

  private interface Parse<T> {
    T get();
  }

  private static <T> T parse(String what, Parse<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw corrupt(what + ": " + e.getMessage());
    }
  }

  private static DevRequestException corrupt(String why) {
    return new DevRequestException("corrupt state dump: " + why);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int newline = message.indexOf('\n');
    return abbreviate(newline < 0 ? message : message.substring(0, newline));
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
