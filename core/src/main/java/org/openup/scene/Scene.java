package org.openup.scene;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.openup.scene.SceneCommands.DescribeScene;
import org.openup.scene.SceneCommands.ReviseScene;
import org.openup.scene.SceneEvents.SceneDescribed;
import org.openup.scene.SceneEvents.SceneRevised;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A setting in the couple's scene library. Either member may describe or revise one; what the
 * words may be is checked against the scene vocabulary before the command is sent.
 */
public class Scene {

    @AggregateIdentifier
    private String sceneId;
    private String journeyId;

    protected Scene() {
        // for Axon
    }

    @CommandHandler
    public Scene(DescribeScene c) {
        apply(new SceneDescribed(c.sceneId(), c.journeyId(), c.author(), c.details()));
    }

    @CommandHandler
    public void handle(ReviseScene c) {
        apply(new SceneRevised(sceneId, journeyId, c.member(), c.details()));
    }

    @EventSourcingHandler
    void on(SceneDescribed e) {
        sceneId = e.sceneId();
        journeyId = e.journeyId();
    }
}
