package org.peerchain.node.p2p.sync;

/** A range of heights [start, start + count) fetched with one GetBlocks. */
record Chunk(long start, int count) {
  long end() {
    return start + count;
  }

  /** What is left after the first {@code received} blocks. */
  Chunk rest(int received) {
    return new Chunk(start + received, count - received);
  }
}
