package org.openup.insight;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.openup.engine.readmodel.Jdbc;
import org.openup.spi.MemberData;
import org.openup.content.Content;
import org.openup.engine.readmodel.ReadCache;
import org.openup.conversation.Conversations;
import org.openup.journey.JourneyAccess;
import org.openup.reflection.Reflections;
import org.openup.scene.Scenes;

/** Insights read the other features' read models; they add no events, and keep only the member's choice of what to see. */
public final class InsightModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), MemberData.class).addBinding().to(WeeklyOpenness.class);
    }

    @Provides
    @Singleton
    WeeklyOpenness weeklyOpenness(Jdbc jdbc) {
        return new WeeklyOpenness(jdbc);
    }

    @Provides
    @Singleton
    Insights insights(JourneyAccess access, Reflections reflections, Scenes scenes, Conversations conversations, Content content,
                      ReadCache cache, WeeklyOpenness openness) {
        return new Insights(access, reflections, scenes, conversations, content, cache, openness);
    }
}
