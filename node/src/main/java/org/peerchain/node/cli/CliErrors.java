package org.peerchain.node.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into one-line messages on stderr, Unix style.
 *
 * <ul>
 *   <li>Bad arguments: {@code peerchain: <message>} and a {@code Try '... --help'} hint; exit code 2.
 *   <li>A command that throws: {@code peerchain: <message>}; exit code 1. The stack trace is printed
 *       only in debug mode ({@code --debug} or {@code PEERCHAIN_DEBUG=1}).
 * </ul>
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

  private static final String PREFIX = "peerchain: ";
  private static final int MAX_SUGGESTIONS = 3;

  private final Predicate<ParseResult> debug;

  /** {@code debug} tells, from the parsed command line, whether stack traces are wanted. */
  CliErrors(Predicate<ParseResult> debug) {
    this.debug = debug;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(PREFIX + oneLine(describe(ex)));
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    boolean withTrace = debug.test(parseResult);
    err.println(PREFIX + describe(ex, withTrace));
    if (withTrace) {
      ex.printStackTrace(err);
    }
    err.flush();
    return cmd.getCommandSpec().exitCodeOnExecutionException();
  }

  private static String describe(ParameterException ex) {
    if (!(ex instanceof UnmatchedArgumentException unmatched)) {
      return ex.getMessage();
    }
    List<String> args = unmatched.getUnmatched();
    boolean hasSubcommands = !ex.getCommandLine().getSubcommands().isEmpty();
    String message;
    if (hasSubcommands && !args.isEmpty() && !args.get(0).startsWith("-")) {
      message = "unknown command '" + args.get(0) + "'";
    } else if (!args.isEmpty() && args.get(0).startsWith("-")) {
      message = "unknown option '" + args.get(0) + "'";
    } else {
      message = ex.getMessage();
    }
    List<String> suggestions = unmatched.getSuggestions();
    if (!suggestions.isEmpty() && suggestions.size() <= MAX_SUGGESTIONS) {
      message += " (did you mean '" + String.join("' or '", suggestions) + "'?)";
    }
    return message;
  }

  private static String describe(Exception ex, boolean withTrace) {
    String message = ex.getMessage();
    if (message != null && !message.isBlank()) {
      return message;
    }
    String name = ex.getClass().getSimpleName();
    return withTrace ? "internal error: " + name : "internal error: " + name + " (run with --debug for details)";
  }

  private static String oneLine(String message) {
    if (message == null || message.isBlank()) {
      return "invalid arguments";
    }
    String line = message.strip().replaceAll("\\s*\\R\\s*", "; ");
    // picocli says "Missing required ..."; after "peerchain: " the Unix style is lower case.
    boolean sentenceCase =
        line.length() > 1 && Character.isUpperCase(line.charAt(0)) && Character.isLowerCase(line.charAt(1));
    return sentenceCase ? Character.toLowerCase(line.charAt(0)) + line.substring(1) : line;
  }
}
