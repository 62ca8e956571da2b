package org.openup.cli;

import org.openup.plugin.cli.ExitCode;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a bash/zsh completion script for openup, generated from the commands themselves.",
        footer = {"", "Examples:", "  source <(./openup completion)", "  ./openup completion > /etc/bash_completion.d/openup"})
public final class CompletionCommand implements Callable<Integer> {

    /**
     * Ids live in the store, so the script asks {@code openup ids KIND} (as the profile being typed,
     * quietly, nothing when it cannot) where an option or parameter takes one; everything else is
     * picocli's completion of the commands, options and their values.
     */
    static final String IDS = """

            # Ids: asked of openup itself where one is expected; the rest is the completion above.
            function _openup_ids_or_commands() {
              local prev="${COMP_WORDS[COMP_CWORD-1]}" cur="${COMP_WORDS[COMP_CWORD]}" kind="" profile="" i
              case "${COMP_WORDS[1]} ${prev}" in
                "invite --choose"|"invite --not-now"|"invite --decline") kind=TO_ANSWER ;;
                "invite --withdraw") kind=TO_WITHDRAW ;;
                "talk --rate") kind=TALKS ;;
                "constraint --share"|"constraint --unshare") kind=MY_CONSTRAINTS ;;
              esac
              if [ -z "$kind" ] && [ "$COMP_CWORD" -eq 3 ]; then
                case "${COMP_WORDS[1]} ${COMP_WORDS[2]}" in
                  "question draft") kind=QUESTIONS ;;
                  "question answer"|"question not-now") kind=ASKS ;;
                esac
              fi
              if [ -z "$kind" ] && [ "$COMP_CWORD" -eq 2 ] && [ "${COMP_WORDS[1]}" = thank ]; then
                kind=MOMENTS
              fi
              if [ -z "$kind" ]; then
                _complete_openup "$@"
                return
              fi
              for ((i = 1; i < COMP_CWORD - 1; i++)); do
                [ "${COMP_WORDS[i]}" = --profile ] && profile="--profile=${COMP_WORDS[i+1]}"
              done
              COMPREPLY=( $(compgen -W "$("${COMP_WORDS[0]}" ids "$kind" $profile 2>/dev/null)" -- "$cur") )
            }
            complete -F _openup_ids_or_commands -o default openup openup.sh openup.bash
            """;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("openup", spec.root().commandLine()));
        spec.commandLine().getOut().print(IDS);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
