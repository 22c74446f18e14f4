package org.peerchain.core.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.bytes.Hex;
import org.peerchain.core.keys.KeystoreException.Reason;
import org.peerchain.core.types.Address;

/**
 * Reads and writes {@link KeystoreFile} as JSON, the way geth does: field names are matched
 * without regard to case (Go's decoder does so, hence files with {@code "Crypto"}), hex may carry
 * {@code 0x}, and we write bare lower-case hex and the address without {@code 0x}.
 */
public final class KeystoreCodec {
  /** A keystore is about 500 bytes; anything far larger is not one. */
  public static final int MAX_JSON_CHARS = 64 * 1024;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private KeystoreCodec() {}

  public static KeystoreFile decode(String json) {
    if (json == null || json.length() > MAX_JSON_CHARS) {
      throw new KeystoreException(Reason.MALFORMED,
          json == null ? "keystore is missing" : "keystore is larger than " + MAX_JSON_CHARS + " characters");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new KeystoreException(Reason.MALFORMED, "keystore is not valid JSON: " + e.getOriginalMessage()
          + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
    }
    if (root == null || !root.isObject()) {
      throw new KeystoreException(Reason.MALFORMED, "keystore is not a JSON object");
    }
    int version = intField(root, "version", "version");
    if (version != KeystoreFile.VERSION) {
      throw new KeystoreException(Reason.UNSUPPORTED,
          "keystore version " + version + " is not supported (only version 3)");
    }
    UUID id = uuid(root);
    Optional<Address> address = address(root);
    JsonNode crypto = object(root, "crypto", "crypto");
    String cipher = text(crypto, "cipher", "crypto.cipher");
    if (!cipher.equals(KeystoreFile.CIPHER)) {
      throw new KeystoreException(Reason.UNSUPPORTED,
          "keystore cipher \"" + cipher + "\" is not supported (only aes-128-ctr)");
    }
    Bytes ciphertext = hex(crypto, "ciphertext", "crypto.ciphertext", 32);
    Bytes iv = hex(object(crypto, "cipherparams", "crypto.cipherparams"), "iv", "crypto.cipherparams.iv", 16);
    KdfParams kdf = kdf(crypto);
    Bytes mac = hex(crypto, "mac", "crypto.mac", 32);
    return new KeystoreFile(id, address, ciphertext, iv, kdf, mac);
  }

  /** Compact JSON in geth's field order. */
  public static String encode(KeystoreFile file) {
    ObjectNode root = MAPPER.createObjectNode();
    file.address().ifPresent(a -> root.put("address", a.toHexString().substring(2)));
    ObjectNode crypto = root.putObject("crypto");
    crypto.put("cipher", KeystoreFile.CIPHER);
    crypto.put("ciphertext", bare(file.ciphertext()));
    crypto.putObject("cipherparams").put("iv", bare(file.iv()));
    KdfParams kdf = file.kdf();
    crypto.put("kdf", kdf.kdf());
    ObjectNode params = crypto.putObject("kdfparams");
    params.put("dklen", kdf.dklen());
    if (kdf instanceof ScryptParams s) {
      params.put("n", s.n());
      params.put("p", s.p());
      params.put("r", s.r());
    } else if (kdf instanceof Pbkdf2Params p) {
      params.put("c", p.c());
      params.put("prf", Pbkdf2Params.PRF);
    }
    params.put("salt", bare(kdf.salt()));
    crypto.put("mac", bare(file.mac()));
    root.put("id", file.id().toString());
    root.put("version", KeystoreFile.VERSION);
    return root.toString();
  }

  private static KdfParams kdf(JsonNode crypto) {
    String kdf = text(crypto, "kdf", "crypto.kdf");
    String at = "crypto.kdfparams";
    JsonNode params = object(crypto, "kdfparams", at);
    int dklen = intField(params, "dklen", at + ".dklen");
    Bytes salt = hex(params, "salt", at + ".salt", -1);
    switch (kdf) {
      case "scrypt":
        return new ScryptParams(intField(params, "n", at + ".n"), intField(params, "r", at + ".r"),
            intField(params, "p", at + ".p"), dklen, salt);
      case "pbkdf2":
        String prf = text(params, "prf", at + ".prf");
        if (!prf.equals(Pbkdf2Params.PRF)) {
          throw new KeystoreException(Reason.UNSUPPORTED,
              "keystore pbkdf2 prf \"" + prf + "\" is not supported (only hmac-sha256)");
        }
        return new Pbkdf2Params(intField(params, "c", at + ".c"), dklen, salt);
      default:
        throw new KeystoreException(Reason.UNSUPPORTED,
            "keystore kdf \"" + kdf + "\" is not supported (only scrypt and pbkdf2)");
    }
  }

  private static UUID uuid(JsonNode root) {
    String id = text(root, "id", "id");
    try {
      // UUID.fromString tolerates short groups ("1-2-3-4-5"); a canonical id is 36 characters.
      if (id.length() != 36) {
        throw new IllegalArgumentException();
      }
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw KeystoreException.malformed("id", "is not a UUID");
    }
  }

  private static Optional<Address> address(JsonNode root) {
    JsonNode node = field(root, "address");
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw KeystoreException.malformed("address", "must be a string");
    }
    try {
      return Optional.of(Address.fromHexString(node.textValue()));
    } catch (IllegalArgumentException e) {
      throw KeystoreException.malformed("address", "is not an address: " + e.getMessage());
    }
  }

  private static JsonNode object(JsonNode parent, String name, String path) {
    JsonNode node = required(parent, name, path);
    if (!node.isObject()) {
      throw KeystoreException.malformed(path, "must be an object");
    }
    return node;
  }

  private static String text(JsonNode parent, String name, String path) {
    JsonNode node = required(parent, name, path);
    if (!node.isTextual()) {
      throw KeystoreException.malformed(path, "must be a string");
    }
    return node.textValue();
  }

  private static int intField(JsonNode parent, String name, String path) {
    JsonNode node = required(parent, name, path);
    if (!node.isIntegralNumber()) {
      throw KeystoreException.malformed(path, "must be an integer");
    }
    if (!node.canConvertToInt()) {
      if (node.bigIntegerValue().signum() > 0) {
        throw new KeystoreException(Reason.LIMIT_EXCEEDED, "keystore field \"" + path + "\" is too large");
      }
      throw KeystoreException.malformed(path, "is out of range");
    }
    return node.intValue();
  }

  /** Hex of exactly {@code size} bytes, or of any size when {@code size} is negative. */
  private static Bytes hex(JsonNode parent, String name, String path, int size) {
    String text = text(parent, name, path);
    byte[] raw;
    try {
      raw = Hex.decode(text);
    } catch (IllegalArgumentException e) {
      throw KeystoreException.malformed(path, "is not hex");
    }
    if (size >= 0 && raw.length != size) {
      throw KeystoreException.malformed(path, "must be " + size + " bytes, got " + raw.length);
    }
    return Bytes.wrap(raw);
  }

  private static JsonNode required(JsonNode parent, String name, String path) {
    JsonNode node = field(parent, name);
    if (node == null || node.isNull()) {
      throw KeystoreException.malformed(path, "is missing");
    }
    return node;
  }

  /** The exact name first, then any spelling that differs only in case, as Go's decoder does. */
  private static JsonNode field(JsonNode parent, String name) {
    JsonNode exact = parent.get(name);
    if (exact != null) {
      return exact;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = parent.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String bare(Bytes bytes) {
    return bytes.toHexString().substring(2);
  }
}
