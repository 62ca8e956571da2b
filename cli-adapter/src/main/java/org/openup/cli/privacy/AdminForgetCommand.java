package org.openup.cli.privacy;

import org.openup.plugin.cli.JsonOption;
import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.member.MemberId;
import org.openup.privacy.Forgetting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "forget", mixinStandardHelpOptions = true,
        description = {"Operator: forget a member at their request (the same as their own forget-me).",
                "Leaves their journeys, deletes their account and destroys their key; cannot be undone.",
                "Export their data first if they asked for a copy (openup admin export)."},
        footer = {"", "Example:", "  openup admin forget MEMBER-ID --yes"})
public final class AdminForgetCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MEMBER-ID", description = "The member's id.")
    String memberId;

    @Option(names = "--yes", description = "Confirm without being asked (for scripts).")
    boolean yes;

    @Mixin
    JsonOption json;

    private final CliSession session;

    @Inject
    AdminForgetCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        MemberId member = session.operatorActingOn(memberId);
        if (!yes && !ForgetMeCommand.confirmed(session, "Forget member " + member + " for good? Type 'forget' to confirm:")) {
            return 0;
        }
        ForgetMeCommand.report(session, session.core(Forgetting.class).forget(member), json.json);
        return 0;
    }
}
