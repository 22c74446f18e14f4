package org.peerchain.testnet.process;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.peerchain.testnet.TestnetException;

/** POSIX signals to one process by PID, through kill(1): the JDK itself offers only TERM and KILL. */
public final class Signals {
  private Signals() {}

  public enum Signal {
    TERM,
    KILL,
    STOP,
    CONT
  }

  public static void send(long pid, Signal signal) {
    ProcessBuilder kill = new ProcessBuilder("kill", "-" + signal.name(), Long.toString(pid))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    try {
      Process p = kill.start();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new TestnetException("kill -" + signal + " " + pid + " did not finish");
      }
      if (p.exitValue() != 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
        throw new TestnetException("kill -" + signal + " " + pid + " failed (exit code " + p.exitValue() + ")");
      }
    } catch (IOException e) {
      throw new TestnetException("cannot run kill: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestnetException("interrupted while signalling " + pid);
    }
  }
}
