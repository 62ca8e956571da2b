package org.openup.plugin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.openup.engine.axon.Serialization;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/**
 * The CLI's {@code --json} option, as a picocli mixin: print JSON for scripts instead of text,
 * and {@link #print} that JSON (the CLI and the plugin test kit both print through it).
 */
public final class JsonOption {

    @Option(names = "--json", description = "Print JSON for scripts instead of text (format: docs/cli.md).")
    public boolean json;

    /** Built on first use: a text-only command need not load Jackson at all. */
    private static final class Mapper {
        static final ObjectMapper INDENTED = Serialization.objectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** {@code value} as the CLI's JSON (the core's format, indented) on a line of its own. */
    public static void print(PrintWriter out, Object value) {
        try {
            out.println(Mapper.INDENTED.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON output", e);
        }
    }
}
