package org.openup.plugin.cli;

import java.io.PrintWriter;

/**
 * What a plugin's CLI command gets from the CLI (inject it): the member it acts for, the core's
 * services, and where to print. The store opens on first use, so {@code --help} stays quick.
 */
public interface CliContext {

    /** The member and journey of a profile ({@code --profile}); refuses when the profile has no journey yet. */
    Member member(String profile);

    /** A core service (Conversations, Journeys, ...), or another binding such as the plugin's own. */
    <T> T core(Class<T> service);

    PrintWriter out();

    PrintWriter err();

    /** Prints {@code value} as JSON in the CLI's format (see docs/cli.md). */
    void json(Object value);

    record Member(String memberId, String journeyId) {
    }
}
