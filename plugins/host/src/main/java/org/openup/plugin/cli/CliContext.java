package org.openup.plugin.cli;

import org.openup.spi.cli.CliCall;

import java.io.PrintWriter;

/**
 * What the CLI (or the plugin test kit) gives a plugin's commands: the member a profile acts for
 * and where to print; the command sees it through its {@link CliCall}.
 */
public interface CliContext {

    /** The member and journey of a profile ({@code --profile}); refuses when the profile has no journey yet. */
    CliCall.Member member(String profile);

    PrintWriter out();

    PrintWriter err();

    /** Prints {@code value} as JSON in the CLI's format (see docs/cli.md). */
    void json(Object value);
}
