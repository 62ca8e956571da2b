package org.openup.scene;

import org.openup.content.Content;
import org.openup.engine.axon.Commands;
import org.openup.engine.readmodel.Jdbc;
import org.openup.journey.JourneyId;
import org.openup.member.MemberId;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.NotFoundException;
import org.openup.journey.JourneyAccess;
import org.openup.journey.JourneyView;
import org.openup.member.MemberIds;
import org.openup.privacy.PersonalText;
import org.openup.safety.Safety;
import org.openup.scene.SceneCommands.DescribeScene;
import org.openup.scene.SceneCommands.ReviseScene;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Step 3, set the scene: the couple's library of settings that make talking easier. */
public final class Scenes {

    /** A scene as typed by a member: vocabulary words (or blank) and free text. */
    public record Draft(String name, String timeOfDay, String place, String movement, String music, String foodAndDrink,
                        String notes) {
    }

    public record View(String sceneId, String authorId, String name, String timeOfDay, String place, String movement,
                       String music, String foodAndDrink, String notes, Instant describedAt, Instant revisedAt) {
        public Map<String, String> attributes() {
            return new SceneDetails(null, timeOfDay, place, movement, music, foodAndDrink, null).attributes();
        }
    }

    private final Commands commands;
    private final JourneyAccess access;
    private final Jdbc jdbc;
    private final Content content;
    private final Safety safety;

    public Scenes(Commands commands, JourneyAccess access, Jdbc jdbc, Content content, Safety safety) {
        this.safety = safety;
        this.commands = commands;
        this.access = access;
        this.jdbc = jdbc;
        this.content = content;
    }

    public String describe(MemberId memberId, JourneyId journeyId, Draft draft) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        screen(journey, draft);
        String sceneId = MemberIds.newId();
        commands.send(new DescribeScene(sceneId, journey.journeyId().value(), memberId.value(), details(journey.viewerId().value(), draft)));
        return sceneId;
    }

    public void revise(MemberId memberId, JourneyId journeyId, String sceneId, Draft draft) {
        JourneyView journey = access.toWrite(memberId, journeyId);
        scene(journey, sceneId);
        screen(journey, draft);
        commands.send(new ReviseScene(sceneId, memberId.value(), details(journey.viewerId().value(), draft)));
    }

    /** The library: every scene of the journey while both are in it; after a leave, one's own. */
    public List<View> library(MemberId viewerId, JourneyId journeyId) {
        return library(access.toRead(viewerId, journeyId));
    }

    /** The same, for a journey the caller has checked already ({@link JourneyAccess}): a read authorises once. */
    public List<View> library(JourneyView journey) {
        String viewerId = journey.viewerId().value();
        return jdbc.query("SELECT * FROM scene_view WHERE journey_id = ? AND (author_id = ? OR ?) ORDER BY described_at, scene_id",
                this::view, journey.journeyId().value(), viewerId, journey.sharingOpen());
    }

    /** One scene the viewer may see, or not found. */
    public View scene(MemberId viewerId, JourneyId journeyId, String sceneId) {
        return scene(access.toRead(viewerId, journeyId), sceneId);
    }

    /** The same, for a journey the caller has checked already. */
    public View scene(JourneyView journey, String sceneId) {
        return library(journey).stream().filter(s -> s.sceneId().equals(sceneId)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no scene with id " + MemberIds.abbreviate(sceneId) + " in your library."));
    }

    private SceneDetails details(String author, Draft d) {
        if (d == null) {
            throw new InvalidInputException("scene", "Describe the scene.");
        }
        Map<String, List<String>> vocabulary = content.sceneVocabulary(Content.BASE);
        SceneDetails details = new SceneDetails(PersonalText.by(author).required("name", d.name(), 120),
                word(vocabulary, "timeOfDay", d.timeOfDay()), word(vocabulary, "place", d.place()),
                word(vocabulary, "movement", d.movement()), word(vocabulary, "music", d.music()),
                word(vocabulary, "foodAndDrink", d.foodAndDrink()),
                PersonalText.by(author).optional("notes", d.notes(), 2000).orElse(null));
        return details;
    }

    /** Scene words come from the vocabulary so that the statistics compare like with like. */
    private static String word(Map<String, List<String>> vocabulary, String dimension, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String word = typed.strip().toLowerCase(java.util.Locale.ROOT);
        List<String> allowed = vocabulary.getOrDefault(dimension, List.of());
        if (!allowed.contains(word)) {
            throw new InvalidInputException(dimension, "'" + typed + "' is not a " + dimension + " OpenUp knows. Choose one of: "
                    + String.join(", ", allowed) + ".");
        }
        return word;
    }

    private View view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new View(rs.getString("scene_id"), rs.getString("author_id"), jdbc.text(rs, "name"), rs.getString("time_of_day"),
                rs.getString("place"), rs.getString("movement"), rs.getString("music"), rs.getString("food_and_drink"),
                jdbc.text(rs, "notes"), Jdbc.instant(rs, "described_at"), Jdbc.instant(rs, "revised_at"));
    }

    private void screen(JourneyView journey, Draft draft) {
        if (draft != null) {
            safety.screen(journey, draft.name(), draft.timeOfDay(), draft.place(), draft.movement(), draft.music(),
                    draft.foodAndDrink(), draft.notes());
        }
    }
}
