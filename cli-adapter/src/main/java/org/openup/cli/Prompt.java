package org.openup.cli;

import org.openup.spi.failure.InvalidInputException;

import java.io.Console;

/** Asks a person for a value that is missing, or says clearly which option to give when nobody is there to ask. */
public final class Prompt {

    private Prompt() {
    }

    public static String ask(CliSession session, String value, String option, String question) {
        if (value != null) {
            return value;
        }
        Console console = System.console();
        if (!session.interactive() || console == null) {
            throw new InvalidInputException(option, "Missing " + option + " (run in a terminal to be asked for it).");
        }
        String answer = console.readLine("%s ", question);
        if (answer == null || answer.isBlank()) {
            throw new InvalidInputException(option, "No answer given for " + option + ".");
        }
        return answer;
    }

    /** A secret asked for on a terminal without echoing it; without one, says how to give it instead. */
    public static String secret(CliSession session, String question) {
        Console console = System.console();
        if (!session.interactive() || console == null) {
            throw new InvalidInputException("password", "A password is needed: run in a terminal to be asked for it, "
                    + "or give it in OPENUP_PASSWORD.");
        }
        char[] answer = console.readPassword("%s ", question);
        if (answer == null || answer.length == 0) {
            throw new InvalidInputException("password", "No password given.");
        }
        return new String(answer);
    }
}
