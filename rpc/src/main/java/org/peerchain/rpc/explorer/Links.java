package org.peerchain.rpc.explorer;

import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/** The explorer's URLs, built only from parsed values so that no input reaches a link as it came. */
final class Links {
  static final String ROOT = "/explorer/";
  static final String ASSETS = ROOT + "assets/";
  static final String SEARCH = ROOT + "search";

  private Links() {}

  static String block(long number) {
    return ROOT + "block/" + number;
  }

  static String block(Hash hash) {
    return ROOT + "block/" + hash.toHexString();
  }

  static String blockPage(long number, int page) {
    return block(number) + "?page=" + page;
  }

  static String tx(Hash hash) {
    return ROOT + "tx/" + hash.toHexString();
  }

  static String address(Address address) {
    return ROOT + "address/" + address.toChecksumString();
  }

  static String addressBefore(Address address, long beforeBlock) {
    return address(address) + "?before=" + beforeBlock;
  }

  static String addressAfter(Address address, long afterBlock) {
    return address(address) + "?after=" + afterBlock;
  }
}
