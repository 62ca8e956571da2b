package org.openup.cli.export;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.export.ExportDocument;
import org.openup.export.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Take your data with you: everything you wrote and what was shared with you.",
                "JSON (the format in docs/export.md) or a readable Markdown report."},
        footer = {"", "Examples:", "  openup export --output my-journey.json", "  openup export --markdown --output my-journey.md",
                "  openup export --markdown"})
public final class ExportCommand extends InJourney {

    @Option(names = "--markdown", description = "A readable report instead of JSON.")
    boolean markdown;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of the terminal.")
    Path output;

    @Inject
    ExportCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        ExportOutput.oneFormat(markdown, json.json);
        ExportDocument doc = session.core(Exports.class).export(memberId(), journeyId());
        return ExportOutput.write(session, java.util.List.of(doc), markdown, output);
    }
}
