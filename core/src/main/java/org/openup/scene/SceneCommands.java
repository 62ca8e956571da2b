package org.openup.scene;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public final class SceneCommands {

    private SceneCommands() {
    }

    public record DescribeScene(@TargetAggregateIdentifier String sceneId, String journeyId, String author,
                                SceneDetails details) {
    }

    public record ReviseScene(@TargetAggregateIdentifier String sceneId, String member, SceneDetails details) {
    }
}
