package org.openup.insight;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.openup.content.Content;
import org.openup.engine.readmodel.ReadCache;
import org.openup.conversation.Conversations;
import org.openup.journey.JourneyAccess;
import org.openup.reflection.Reflections;
import org.openup.scene.Scenes;

/** Insights read the other features' read models; they add no events and no tables of their own. */
public final class InsightModule extends AbstractModule {

    @Provides
    @Singleton
    Insights insights(JourneyAccess access, Reflections reflections, Scenes scenes, Conversations conversations, Content content,
                      ReadCache cache) {
        return new Insights(access, reflections, scenes, conversations, content, cache);
    }
}
