package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.P2pFixtures.id;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.p2p.identity.PeerAddress;

class AddressBookTest {
  @TempDir Path dir;
  private final AtomicLong clock = new AtomicLong(1000);

  private static PeerAddress at(int key, int port) {
    return PeerAddress.of(id(key), "127.0.0.1", port);
  }

  @Test
  void isBoundedAndEvictsTheMostFailingFirst() {
    AddressBook book = new AddressBook(id(1), 3, clock::get);
    book.add(at(2, 2));
    book.add(at(3, 3));
    book.add(at(4, 4));
    book.markFailed(id(3));
    book.add(at(5, 5));
    assertThat(book.size()).isEqualTo(3);
    assertThat(book.get(id(3))).isEmpty();
    assertThat(book.get(id(5))).isPresent();
  }

  @Test
  void neverHoldsOurselvesAndRanksWorkingAddressesFirst() {
    AddressBook book = new AddressBook(id(1), 10, clock::get);
    book.add(at(1, 1));
    book.add(at(2, 2));
    book.add(at(3, 3));
    book.markFailed(id(2));
    book.markSeen(at(3, 3));
    assertThat(book.best(10, x -> false)).containsExactly(at(3, 3), at(2, 2));
    assertThat(book.best(10, id(3)::equals)).containsExactly(at(2, 2));
  }

  @Test
  void aKnownGoodAddressIsNotOverwrittenByHearsay() {
    AddressBook book = new AddressBook(id(1), 10, clock::get);
    book.markSeen(at(2, 2));
    book.add(at(2, 9999));
    assertThat(book.get(id(2)).orElseThrow().address()).isEqualTo(at(2, 2));
    book.markFailed(id(2));
    book.add(at(2, 9999));
    assertThat(book.get(id(2)).orElseThrow().address()).isEqualTo(at(2, 9999));
  }

  @Test
  void survivesASaveAndLoad() {
    AddressBook book = new AddressBook(id(1), 10, clock::get);
    book.markSeen(at(2, 2));
    book.add(at(3, 3));
    book.markFailed(id(3));
    AddressBookFile file = new AddressBookFile(dir);
    file.save(book);
    AddressBook loaded = new AddressBook(id(1), 10, clock::get);
    assertThat(file.loadInto(loaded)).isEqualTo(2);
    assertThat(loaded.entries()).containsExactlyInAnyOrderElementsOf(book.entries());
  }

  @Test
  void aDamagedFileIsIgnoredEntryByEntryOrWhole() throws Exception {
    Files.writeString(dir.resolve("peers.json"), "{\"version\":1,\"peers\":[{\"address\":\"nonsense\"},"
        + "{\"address\":\"" + at(2, 2) + "\",\"lastSeen\":5,\"failures\":1}]}");
    AddressBook book = new AddressBook(id(1), 10, clock::get);
    assertThat(new AddressBookFile(dir).loadInto(book)).isEqualTo(1);
    assertThat(book.get(id(2)).orElseThrow().failures()).isEqualTo(1);
    Files.writeString(dir.resolve("peers.json"), "{not json");
    assertThat(new AddressBookFile(dir).loadInto(new AddressBook(id(1), 10, clock::get))).isZero();
  }
}
