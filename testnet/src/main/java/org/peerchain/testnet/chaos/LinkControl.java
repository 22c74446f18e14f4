package org.peerchain.testnet.chaos;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.peerchain.testnet.links.LinkFaults;
import org.peerchain.testnet.links.LinkFaultsFile;

/** The link faults in force, one set per running perturbation, written together for the proxy to apply. */
public final class LinkControl {
  private final Path file;
  private final Map<Integer, LinkFaults> active = new TreeMap<>();

  public LinkControl(Path file) {
    this.file = file;
  }

  synchronized void add(int id, LinkFaults faults) {
    active.put(id, faults);
    write();
  }

  synchronized void remove(int id) {
    if (active.remove(id) != null) {
      write();
    }
  }

  /** Every link open again. */
  public synchronized void healAll() {
    active.clear();
    LinkFaultsFile.write(file, LinkFaults.NONE);
  }

  private void write() {
    LinkFaults merged = LinkFaults.NONE;
    for (LinkFaults f : active.values()) {
      merged = merged.and(f);
    }
    LinkFaultsFile.write(file, merged);
  }
}
