package org.openup.cli.export;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.cli.Output;
import org.openup.export.ExportDocument;
import org.openup.export.ExportMarkdown;
import org.openup.export.Exports;
import org.openup.failure.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        ExportDocument doc = session.core(Exports.class).export(memberId(), journeyId());
        String text;
        if (markdown) {
            text = ExportMarkdown.render(doc);
        } else {
            StringWriter buffer = new StringWriter();
            Output.json(new PrintWriter(buffer), doc);
            text = buffer.toString();
        }
        if (output == null) {
            session.out().print(text);
            return 0;
        }
        try {
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".openup-export", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InvalidInputException("--output", "Cannot write " + output + ": " + e.getMessage());
        }
        session.err().println("Exported to " + output.toAbsolutePath());
        return 0;
    }
}
