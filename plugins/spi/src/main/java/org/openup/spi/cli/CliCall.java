package org.openup.spi.cli;

import java.io.PrintWriter;
import java.util.Optional;

/** One run of a plugin's command: what was typed, whom it acts for, and where to print. */
public interface CliCall {

    /** The profile's member and journey ({@code --profile}); refuses (exit 1) when the profile has no journey yet. */
    Member member();

    /** Whether the flag (by any of its names) was given. */
    boolean flag(String name);

    /** The option's value, or its default; empty when neither. */
    Optional<String> option(String name);

    /** The positional parameter with this label. */
    String parameter(String label);

    PrintWriter out();

    PrintWriter err();

    /** Whether {@code --json} was given: every command takes it, and then answers with {@link #json(Object)} instead of text. */
    boolean json();

    /** Prints {@code value} as JSON in the CLI's format (see docs/cli.md). */
    void json(Object value);

    /** Prints {@code value} as JSON when {@code --json} was given, else runs {@code text}. */
    default void answer(Object value, Runnable text) {
        if (json()) {
            json(value);
        } else {
            text.run();
        }
    }

    record Member(String memberId, String journeyId) {
    }
}
