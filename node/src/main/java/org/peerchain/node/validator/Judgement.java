package org.peerchain.node.validator;

/** A {@link MessageJudge} verdict, with the reason for logs. */
public record Judgement(Outcome outcome, String reason) {
  public enum Outcome { ACCEPT, IGNORE, REJECT }

  public static final Judgement ACCEPT = new Judgement(Outcome.ACCEPT, "valid");

  public static Judgement ignore(String reason) {
    return new Judgement(Outcome.IGNORE, reason);
  }

  public static Judgement reject(String reason) {
    return new Judgement(Outcome.REJECT, reason);
  }
}
