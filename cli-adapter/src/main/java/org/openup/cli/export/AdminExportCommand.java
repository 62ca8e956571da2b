package org.openup.cli.export;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.export.ExportDocument;
import org.openup.export.Exports;
import org.openup.journey.JourneyView;
import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import picocli.CommandLine.Command;
import org.openup.plugin.cli.JsonOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Operator: export one member's data (for a request from that person), from every journey they are in.",
                "It holds exactly what they would get themselves: never their partner's private entries."},
        footer = {"", "Examples:", "  openup admin export MEMBER-ID --output member.json",
                "  openup admin export MEMBER-ID --markdown --output member.md"})
public final class AdminExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MEMBER-ID", description = "The member's id.")
    String memberId;

    @Option(names = "--markdown", description = "A readable report instead of JSON.")
    boolean markdown;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of the terminal.")
    Path output;

    @Mixin
    JsonOption json;

    private final CliSession session;

    @Inject
    AdminExportCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        ExportOutput.oneFormat(markdown, json.json);
        MemberId member = session.operatorActingOn(memberId);
        List<JourneyView> journeys = session.core(Journeys.class).journeysOf(member);
        if (journeys.isEmpty()) {
            throw new org.openup.spi.failure.NotFoundException("No member with id " + memberId + " has a journey in this store.");
        }
        Exports exports = session.core(Exports.class);
        List<ExportDocument> docs = journeys.stream().map(j -> exports.export(member, j.journeyId())).toList();
        return ExportOutput.write(session, docs, markdown, output);
    }
}
