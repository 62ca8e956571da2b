package org.openup.cli.scene;

import jakarta.inject.Inject;
import org.openup.cli.CliSession;
import org.openup.cli.InJourney;
import org.openup.content.Content;
import org.openup.scene.Scenes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;

@Command(name = "scene", mixinStandardHelpOptions = true,
        description = "Step 3, set the scene: describe settings that make talking easier; the couple's library.",
        footer = {"", "Examples:", "  openup scene --vocabulary",
                "  openup scene \"Evening walk\" --time evening --place outdoors --movement walking --music quiet",
                "  openup scene --list --json"})
public final class SceneCommand extends InJourney {

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "A short name for the scene.")
    String name;

    @Option(names = "--time", completionCandidates = SceneWords.Times.class, description = "Time of day: ${COMPLETION-CANDIDATES}.")
    String time;

    @Option(names = "--place", completionCandidates = SceneWords.Places.class, description = "Place: ${COMPLETION-CANDIDATES}.")
    String place;

    @Option(names = "--movement", completionCandidates = SceneWords.Movements.class, description = "Moving or still: ${COMPLETION-CANDIDATES}.")
    String movement;

    @Option(names = "--music", completionCandidates = SceneWords.Music.class, description = "Music or quiet: ${COMPLETION-CANDIDATES}.")
    String music;

    @Option(names = "--food", completionCandidates = SceneWords.Food.class, description = "Food and drink: ${COMPLETION-CANDIDATES}.")
    String food;

    @Option(names = "--notes", description = "Anything else about it.")
    String notes;

    @Option(names = "--list", description = "Show the scene library.")
    boolean list;

    @Option(names = "--vocabulary", description = "Show the words scenes are described with.")
    boolean vocabulary;

    @Inject
    SceneCommand(CliSession session) {
        super(session);
    }

    @Override
    protected int run() {
        Object[] newOne = {"NAME", name, "--time", time, "--place", place, "--movement", movement, "--music", music, "--food", food,
                "--notes", notes};
        notTogether("--vocabulary", vocabulary, "--list", list);
        notTogether("--vocabulary", vocabulary, newOne);
        notTogether("--list", list, newOne);
        if (name == null && java.util.stream.Stream.of(time, place, movement, music, food, notes)
                .anyMatch(java.util.Objects::nonNull)) {
            throw new org.openup.spi.failure.InvalidInputException("NAME", "--time, --place and the rest describe a new scene: "
                    + "give it a NAME first, e.g. openup scene \"Evening walk\" --time evening.");
        }
        if (vocabulary) {
            var words = session.core(Content.class).sceneVocabulary(Content.BASE);
            return answer(words, () -> words.forEach((k, v) -> session.out().printf("%-14s %s%n", k, String.join(", ", v))));
        }
        Scenes scenes = session.core(Scenes.class);
        if (list || name == null) {
            var library = scenes.library(memberId(), journeyId());
            return answer(Map.of("scenes", library), () -> library.forEach(s -> session.out().printf("%s  %-20s %s%n",
                    s.sceneId(), s.name(), String.join(", ", s.attributes().values()))));
        }
        String id = scenes.describe(memberId(), journeyId(), new Scenes.Draft(name, time, place, movement, music, food, notes));
        return answer(scenes.scene(memberId(), journeyId(), id), () -> session.out().println("Added to your scene library: " + id));
    }
}
