package org.peerchain.core.keys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The 2048-word BIP-39 English list, loaded once from the classpath. */
final class Bip39Wordlist {
  static final int SIZE = 2048;
  private static final String RESOURCE = "bip39-english.txt";
  private static final List<String> WORDS = load();
  private static final Map<String, Integer> INDEX = index(WORDS);

  private Bip39Wordlist() {}

  static String word(int index) {
    return WORDS.get(index);
  }

  /** The word's index, or -1 when it is not in the list. */
  static int indexOf(String word) {
    return INDEX.getOrDefault(word, -1);
  }

  private static List<String> load() {
    try (InputStream in = Bip39Wordlist.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("BIP-39 word list " + RESOURCE + " is missing from the classpath");
      }
      List<String> words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines().map(String::strip).filter(w -> !w.isEmpty()).toList();
      if (words.size() != SIZE) {
        throw new IllegalStateException("BIP-39 word list has " + words.size() + " words, not " + SIZE);
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the BIP-39 word list", e);
    }
  }

  private static Map<String, Integer> index(List<String> words) {
    Map<String, Integer> index = new HashMap<>(SIZE * 2);
    for (int i = 0; i < words.size(); i++) {
      index.put(words.get(i), i);
    }
    return index;
  }
}
