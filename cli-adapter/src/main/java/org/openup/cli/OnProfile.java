package org.openup.cli;

import org.openup.member.MemberIds;
import org.openup.plugin.cli.ExitCode;
import org.openup.plugin.cli.JsonOption;
import org.openup.plugin.cli.ProfileOption;
import org.openup.spi.failure.InvalidInputException;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** A command about one local profile ({@code --profile}) that can answer in JSON ({@code --json}). */
public abstract class OnProfile implements Callable<Integer> {

    @Mixin
    protected ProfileOption profile;

    @Mixin
    protected JsonOption json;

    protected final CliSession session;

    protected OnProfile(CliSession session) {
        this.session = session;
    }

    /**
     * Refuses (exit 2) when {@code option} was given together with any of {@code others}, given as
     * name and value pairs: they ask for different things, and silently dropping one would surprise.
     */
    protected static void notTogether(String option, Object value, Object... others) {
        if (!given(value)) {
            return;
        }
        for (int i = 0; i < others.length; i += 2) {
            if (given(others[i + 1])) {
                throw new InvalidInputException(option, option + " does not go with " + others[i] + ": give one at a time.");
            }
        }
    }

    /** A malformed id is bad input (exit 2) before anything asks the store about it; null stays null. */
    protected static String id(String what, String typed) {
        return typed == null ? null : MemberIds.parse(what, typed);
    }

    private static boolean given(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !(value instanceof java.util.Collection<?> c && c.isEmpty());
    }

    /** Prints {@code value} as JSON when asked, else runs {@code text}. */
    protected int answer(Object value, Runnable text) {
        if (json.json) {
            session.json(value);
        } else {
            text.run();
        }
        return ExitCode.OK;
    }
}
