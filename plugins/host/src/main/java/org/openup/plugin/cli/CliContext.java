package org.openup.plugin.cli;

import java.io.PrintWriter;

/**
 * What the CLI (or the plugin test kit) gives the commands it runs: the member a profile acts
 * for, the core's services, and where to print; a plugin's command sees it through its
 * {@code CliCall}. The store opens on first use, so {@code --help} stays quick.
 */
public interface CliContext {

    /** The member and journey of a profile ({@code --profile}); refuses when the profile has no journey yet. */
    Member member(String profile);

    /** A core service (Conversations, Journeys, ...), for the CLI's own commands. */
    <T> T core(Class<T> service);

    PrintWriter out();

    PrintWriter err();

    /** Prints {@code value} as JSON in the CLI's format (see docs/cli.md). */
    void json(Object value);

    record Member(String memberId, String journeyId) {
    }
}
