package org.openup.export;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.openup.conversation.Conversations;
import org.openup.journey.JourneyAccess;
import org.openup.reflection.PartnerQuestions;
import org.openup.reflection.Reflections;
import org.openup.scene.Scenes;

import java.time.Clock;

/** A member's data export; reads only, through the member-scoped queries. */
public final class ExportModule extends AbstractModule {

    @Provides
    @Singleton
    Exports exports(JourneyAccess access, Reflections reflections, PartnerQuestions partnerQuestions, Scenes scenes,
                    Conversations conversations, Clock clock) {
        return new Exports(access, reflections, partnerQuestions, scenes, conversations, clock);
    }
}
