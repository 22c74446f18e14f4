package org.peerchain.storage.kv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.peerchain.storage.kv.StorageException.Reason;
import org.rocksdb.RocksDBException;
import org.rocksdb.Status;
import org.rocksdb.Status.Code;
import org.rocksdb.Status.SubCode;

class RocksDbErrorsTest {
  private static final Path DIR = Path.of("/data/peerchain");

  private static StorageException translate(Code code, SubCode subCode, String state) {
    return RocksDbErrors.translate(new RocksDBException(state, new Status(code, subCode, state)), "committing", DIR);
  }

  @Test
  void lockErrorsMeanTheDirectoryIsInUse() {
    StorageException other = translate(Code.IOError, SubCode.None,
        "While lock file: /data/peerchain/LOCK: Resource temporarily unavailable");
    assertThat(other.reason()).isEqualTo(Reason.DATA_DIR_IN_USE);
    assertThat(other).hasMessage("data directory is in use by another peerchain process: " + DIR);
    assertThat(other.detail()).contains("Resource temporarily unavailable");
    assertThat(other.getCause()).isInstanceOf(RocksDBException.class);

    StorageException same = translate(Code.IOError, SubCode.None,
        "lock hold by current process, acquire time 1 acquiring thread 2: /data/peerchain/LOCK: No locks available");
    assertThat(same.reason()).isEqualTo(Reason.DATA_DIR_IN_USE);
  }

  @Test
  void diskFullCorruptionAndOtherIoErrorsAreTold() {
    assertThat(translate(Code.IOError, SubCode.NoSpace, "No space left on device").reason()).isEqualTo(Reason.DISK_FULL);
    assertThat(translate(Code.IOError, SubCode.None, "While appending to file: 000012.log: No space left on device"))
        .hasMessageContaining("no space left").hasMessageContaining(DIR.toString()).extracting(StorageException::reason)
        .isEqualTo(Reason.DISK_FULL);
    assertThat(translate(Code.Corruption, SubCode.None, "block checksum mismatch").reason()).isEqualTo(Reason.CORRUPTION);
    assertThat(translate(Code.IOError, SubCode.None, "Input/output error").reason()).isEqualTo(Reason.IO);
    StorageException other = translate(Code.InvalidArgument, SubCode.None, "bad option");
    assertThat(other.reason()).isEqualTo(Reason.OTHER);
    assertThat(other).hasMessageContaining("bad option").hasMessageContaining("committing");
  }

  @Test
  void anExceptionWithoutStatusStillTranslates() {
    StorageException e = RocksDbErrors.translate(new RocksDBException("mystery"), "reading", DIR);
    assertThat(e.reason()).isEqualTo(Reason.OTHER);
    assertThat(e.detail()).isEqualTo("mystery");
  }
}
