package org.peerchain.node.cli.keys;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Where a keystore password comes from: the first line of a file, or a terminal prompt. */
final class PasswordSource {
  private PasswordSource() {}

  /** The first line of {@code file}, without its line ending, as geth reads --password files. */
  static String fromFile(Path file) {
    try {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      int end = content.indexOf('\n');
      String line = end < 0 ? content : content.substring(0, end);
      return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("password file not found: " + file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read password file " + file + ": " + e.getMessage());
    }
  }

  /** Asks twice on the terminal; without a terminal the caller must give a password file. */
  static String promptNew() {
    Console console = System.console();
    if (console == null) {
      throw new IllegalArgumentException("no terminal to ask for a password: give --password-file FILE");
    }
    char[] first = console.readPassword("Password for the new key: ");
    char[] second = console.readPassword("Repeat the password: ");
    try {
      if (first == null || second == null) {
        throw new IllegalArgumentException("no password given");
      }
      if (!Arrays.equals(first, second)) {
        throw new IllegalArgumentException("the passwords do not match");
      }
      return new String(first);
    } finally {
      if (first != null) {
        Arrays.fill(first, '\0');
      }
      if (second != null) {
        Arrays.fill(second, '\0');
      }
    }
  }

  static String prompt(String what) {
    Console console = System.console();
    if (console == null) {
      throw new IllegalArgumentException("no terminal to ask for a password: give --password-file FILE");
    }
    char[] typed = console.readPassword("Password for %s: ", what);
    if (typed == null) {
      throw new IllegalArgumentException("no password given");
    }
    String password = new String(typed);
    Arrays.fill(typed, '\0');
    return password;
  }
}
