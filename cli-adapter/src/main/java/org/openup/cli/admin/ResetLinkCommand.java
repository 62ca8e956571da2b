package org.openup.cli.admin;

import jakarta.inject.Inject;
import org.openup.account.Recovery;
import org.openup.cli.CliSession;
import org.openup.spi.failure.NotFoundException;
import org.openup.spi.PublicAddress;
import org.openup.plugin.cli.JsonOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** The way back in for a member who lost their password, when this OpenUp sends no mail. */
@Command(name = "reset-link", mixinStandardHelpOptions = true,
        description = {"Make a link that lets the owner of an account set a new password.",
                "It works once, for one hour; using it signs them out everywhere and lifts any lock-out.",
                "Give it to them yourself (in person, or somewhere only they read): whoever has it can take the account.",
                "Links start with OPENUP_PUBLIC_URL (unset: http://127.0.0.1:7070)."},
        footer = {"", "Example:", "  openup admin reset-link ana@example.org"})
final class ResetLinkCommand implements Callable<Integer> {

    @Mixin
    JsonOption json;

    @Parameters(paramLabel = "EMAIL", description = "The address the account signs in with.")
    String email;

    private final CliSession session;

    @Inject
    ResetLinkCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        String path = session.core(Recovery.class).linkForAddress(email)
                .orElseThrow(() -> new NotFoundException("No account signs in with " + email.strip() + "."));
        String link = session.core(PublicAddress.class).of(path);
        if (json.json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("link", link);
            answer.put("validForMinutes", Recovery.LINK_LIFETIME.toMinutes());
            session.json(answer);
        } else {
            session.out().println(link);
            session.err().printf("This link sets a new password for %s. It works once, within %d minutes; "
                    + "give it to them yourself.%n", email.strip(), Recovery.LINK_LIFETIME.toMinutes());
        }
        return 0;
    }
}
