package org.openup.cli.export;

import org.openup.cli.CliSession;
import org.openup.export.ExportDocument;
import org.openup.export.ExportMarkdown;
import org.openup.spi.failure.InvalidInputException;
import org.openup.plugin.cli.JsonOption;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

/** Writes exports as JSON or Markdown, to the terminal or atomically to a file. */
final class ExportOutput {

    private ExportOutput() {
    }

    /** JSON is the default; --json says so, and asking for both formats is refused. */
    static void oneFormat(boolean markdown, boolean json) {
        if (markdown && json) {
            throw new org.openup.spi.failure.InvalidInputException("markdown", "Choose one: --markdown for a readable report, or --json (the default format).");
        }
    }

    static int write(CliSession session, List<ExportDocument> docs, boolean markdown, Path output) {
        String text;
        if (markdown) {
            text = docs.stream().map(ExportMarkdown::render).collect(Collectors.joining("\n---\n\n"));
        } else {
            StringWriter buffer = new StringWriter();
            JsonOption.print(new PrintWriter(buffer), docs.size() == 1 ? docs.get(0) : docs);
            text = buffer.toString();
        }
        if (output == null) {
            session.out().print(text);
            return 0;
        }
        try {
            Path target = output.toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), ".openup-export", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InvalidInputException("--output", "Cannot write " + output + ": " + e.getMessage());
        }
        session.err().println("Exported to " + output.toAbsolutePath());
        return 0;
    }
}
