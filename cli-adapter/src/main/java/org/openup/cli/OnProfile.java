package org.openup.cli;

import org.openup.plugin.cli.ExitCode;
import org.openup.plugin.cli.JsonOption;
import org.openup.plugin.cli.ProfileOption;
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
