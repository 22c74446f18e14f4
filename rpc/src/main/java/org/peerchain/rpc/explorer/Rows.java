package org.peerchain.rpc.explorer;

import java.util.Optional;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.types.Address;

/** Cells that several tables share. */
final class Rows {
  private Rows() {}

  static void address(Html h, Optional<Address> address) {
    if (address.isPresent()) {
      h.link(Links.address(address.get()), "hash", Format.shortHex(address.get().toChecksumString()));
    } else {
      h.text("—");
    }
  }

  static void status(Html h, Optional<Receipt> receipt) {
    if (receipt.isEmpty()) {
      h.text("?");
    } else if (receipt.get().success()) {
      h.element("span", "good", "success");
    } else {
      h.element("span", "bad", "failed");
    }
  }
}
