package org.openup.scene;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.readmodel.ReadModel;
import org.openup.scene.SceneEvents.SceneDescribed;
import org.openup.scene.SceneEvents.SceneRevised;

import java.time.Instant;
import java.util.List;

/** Reads scene events into the couple's scene library. */
@ProcessingGroup(ReadModel.PROCESSOR)
public class SceneProjection implements ReadModel {

    private final Jdbc jdbc;

    public SceneProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("scene_view");
    }

    @EventHandler
    void on(SceneDescribed e, @Timestamp Instant at) {
        SceneDetails d = e.details();
        jdbc.update("INSERT INTO scene_view (scene_id, journey_id, author_id, name, time_of_day, place, movement, music, "
                        + "food_and_drink, notes, described_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.sceneId(), e.journeyId(), e.author(), d.name(), d.timeOfDay(), d.place(), d.movement(), d.music(),
                d.foodAndDrink(), d.notes(), at);
    }

    @EventHandler
    void on(SceneRevised e, @Timestamp Instant at) {
        SceneDetails d = e.details();
        jdbc.update("UPDATE scene_view SET name = ?, time_of_day = ?, place = ?, movement = ?, music = ?, food_and_drink = ?, "
                        + "notes = ?, revised_at = ? WHERE scene_id = ?",
                d.name(), d.timeOfDay(), d.place(), d.movement(), d.music(), d.foodAndDrink(), d.notes(), at, e.sceneId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM scene_view");
    }
}
