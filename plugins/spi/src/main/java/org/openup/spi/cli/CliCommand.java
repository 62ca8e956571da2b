package org.openup.spi.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A command a plugin adds to the CLI, described rather than annotated, so a plugin needs no CLI
 * library: the CLI builds the parsing, {@code --help} and completion from this. Build one with
 * {@link #named}.
 *
 * @param forMember whether it acts for the member of a profile: it then takes {@code --profile}
 */
public record CliCommand(String name, List<String> description, List<Option> options, List<Parameter> parameters,
                         List<String> examples, boolean forMember, Action action) {

    /** An option: its names ({@code -o}, {@code --output}), the label of its value or null for a flag, a sentence, a default. */
    public record Option(List<String> names, String valueLabel, String description, String defaultValue) {
    }

    /** A positional parameter, always required: its label ({@code URL}) and a sentence. */
    public record Parameter(String label, String description) {
    }

    /** What the command does; returns the exit code (0 for done). Throw the SPI's failures to refuse. */
    @FunctionalInterface
    public interface Action {
        int run(CliCall call) throws Exception;
    }

    public CliCommand {
        description = List.copyOf(description);
        options = List.copyOf(options);
        parameters = List.copyOf(parameters);
        examples = List.copyOf(examples);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public static final class Builder {
        private final String name;
        private final List<String> description = new ArrayList<>();
        private final List<Option> options = new ArrayList<>();
        private final List<Parameter> parameters = new ArrayList<>();
        private final List<String> examples = new ArrayList<>();
        private boolean forMember;

        private Builder(String name) {
            this.name = name;
        }

        /** The first line is the summary in the command list; the rest shows in its help. */
        public Builder description(String... lines) {
            description.addAll(List.of(lines));
            return this;
        }

        /** Acts for the member of a profile ({@code --profile}); see {@link CliCall#member()}. */
        public Builder forMember() {
            forMember = true;
            return this;
        }

        public Builder flag(String name, String description) {
            options.add(new Option(List.of(name), null, description, null));
            return this;
        }

        /** An option with a value; {@code names} as {@code "-o", "--output"}, the long one last. */
        public Builder option(String valueLabel, String description, String defaultValue, String... names) {
            options.add(new Option(List.of(names), valueLabel, description, defaultValue));
            return this;
        }

        public Builder parameter(String label, String description) {
            parameters.add(new Parameter(label, description));
            return this;
        }

        public Builder example(String line) {
            examples.add(line);
            return this;
        }

        public CliCommand does(Action action) {
            return new CliCommand(name, description, options, parameters, examples, forMember, action);
        }
    }
}
