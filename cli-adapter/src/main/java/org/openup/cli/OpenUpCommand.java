package org.openup.cli;

import org.openup.cli.admin.AdminCommand;
import org.openup.cli.conversation.InviteCommand;
import org.openup.cli.export.ExportCommand;
import org.openup.cli.conversation.TalkCommand;
import org.openup.cli.insight.InsightsCommand;
import org.openup.cli.insight.TimelineCommand;
import org.openup.cli.reflection.ConstraintCommand;
import org.openup.cli.reflection.MomentCommand;
import org.openup.cli.reflection.QuestionCommand;
import org.openup.cli.reflection.ReframeCommand;
import org.openup.cli.reflection.ThankCommand;
import org.openup.cli.scene.SceneCommand;
import org.openup.cli.journey.InitCommand;
import org.openup.cli.journey.PartnerCommand;
import org.openup.cli.profile.ProfileCommand;
import org.openup.cli.privacy.ForgetMeCommand;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "openup", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"A private companion for helping your partner open up:",
                "not 'how do I get them to talk?' but 'what is keeping them from it?'"},
        footer = {"", "Store: a SQLite file under $OPENUP_HOME (default ./data), or PostgreSQL when OPENUP_DB_URL is set.",
                "A profile locked with 'openup profile lock' asks for its password, or takes it from OPENUP_PASSWORD.",
                "Add --debug to any command to see the full error when something fails.",
                "", "Exit codes: 0 done, 1 refused (the journey's rules or an unknown id), 2 bad usage or input,",
                "            3 the store cannot be reached, 4 unexpected error,",
                "            5 nothing kept: what you wrote suggests someone may not be safe (the safety note is shown)."})
public final class OpenUpCommand {

    /** Every command, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(InitCommand.class, ReframeCommand.class, ConstraintCommand.class,
            QuestionCommand.class, SceneCommand.class, InviteCommand.class, TalkCommand.class, MomentCommand.class, ThankCommand.class,
            InsightsCommand.class, TimelineCommand.class, ExportCommand.class, PartnerCommand.class, ProfileCommand.class, ForgetMeCommand.class,
            AdminCommand.class, WebCommand.class, CompletionCommand.class, IdsCommand.class);

    /**
     * The commands a run needs: only the one it names, or every one when it names none (help, a
     * typo to suggest against, completion). picocli reads each command's annotations when it is
     * added, so adding one instead of all saves a tenth of a second on every run.
     */
    static List<Class<?>> neededFor(List<String> args) {
        String named = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
        if (named.equals("completion")) {
            return SUBCOMMANDS;
        }
        List<Class<?>> one = SUBCOMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(named)).toList();
        return one.isEmpty() ? SUBCOMMANDS : one;
    }
}
