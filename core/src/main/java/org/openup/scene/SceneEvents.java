package org.openup.scene;

import org.axonframework.serialization.Revision;

public final class SceneEvents {

    private SceneEvents() {
    }

    /** Scenes are the couple's shared library: both members see them. */
    @Revision("2")
    public record SceneDescribed(String sceneId, String journeyId, String author, SceneDetails details) {
    }

    @Revision("2")
    public record SceneRevised(String sceneId, String journeyId, String revisedBy, SceneDetails details) {
    }
}
