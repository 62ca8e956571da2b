package org.openup.cli;

import org.openup.plugin.cli.ExitCode;
import org.openup.plugin.cli.JsonOption;
import org.openup.plugin.cli.ProfileOption;
import org.openup.cli.profile.Profile;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** A command that acts in the current profile's journey; subclasses say what they do. */
public abstract class InJourney implements Callable<Integer> {

    @Mixin
    protected ProfileOption profile;

    @Mixin
    protected JsonOption json;

    protected final CliSession session;

    protected InJourney(CliSession session) {
        this.session = session;
    }

    protected Profile me() {
        return session.journeyProfile(profile.name);
    }

    protected String memberId() {
        return me().memberId();
    }

    protected String journeyId() {
        return me().journeyId().orElseThrow();
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

    @Override
    public final Integer call() {
        return run();
    }

    protected abstract int run();
}
