package org.openup.plugin.cli;

import jakarta.inject.Inject;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * A base for plugin commands that act for the member of a profile: it brings the CLI's
 * {@code --profile} option and the {@link CliContext}, so a command only says what it does.
 */
public abstract class MemberCommand implements Callable<Integer> {

    @Mixin
    protected ProfileOption profile;

    @Inject
    protected CliContext cli;

    /** The profile's member and journey; refuses (exit 1) when the profile has no journey yet. */
    protected CliContext.Member me() {
        return cli.member(profile.name);
    }
}
