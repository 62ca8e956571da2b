package org.openup.cli;

import org.openup.plugin.cli.ExitCode;
import org.openup.cli.profile.Profile;
import org.openup.journey.JourneyId;
import org.openup.member.MemberId;
import org.openup.safety.SafetyFirstException;

/** A command that acts in the current profile's journey; subclasses say what they do. */
public abstract class InJourney extends OnProfile {

    protected InJourney(CliSession session) {
        super(session);
    }

    protected Profile me() {
        return session.journeyProfile(profile.name);
    }

    protected MemberId memberId() {
        return me().memberId();
    }

    protected JourneyId journeyId() {
        return me().journeyId().orElseThrow();
    }

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (SafetyFirstException e) {
            // the note is the answer, so it goes where answers go; the exit code tells scripts nothing was kept
            if (json.json) {
                session.json(java.util.Map.of("kept", false, "safety", e.note()));
            } else {
                Output.safety(session.out(), e.note());
            }
            return ExitCode.SAFETY_FIRST;
        }
    }

    protected abstract int run();
}
