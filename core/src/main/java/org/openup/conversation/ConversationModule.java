package org.openup.conversation;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.openup.engine.axon.AggregateType;
import org.openup.engine.axon.Commands;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.readmodel.ReadModel;
import org.openup.journey.JourneyAccess;
import org.openup.safety.Safety;
import org.openup.scene.Scenes;

import java.time.Clock;

/** Contributes invitations and talks, their projection and their operations to the core. */
public final class ConversationModule extends AbstractModule {

    private final ConversationSettings settings;

    public ConversationModule(ConversationSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        Multibinder<AggregateType> aggregates = Multibinder.newSetBinder(binder(), AggregateType.class);
        aggregates.addBinding().toInstance(new AggregateType(Invitations.class));
        aggregates.addBinding().toInstance(new AggregateType(Talk.class));
        Multibinder.newSetBinder(binder(), ReadModel.class).addBinding().to(ConversationProjection.class);
        bind(ConversationSettings.class).toInstance(settings);
    }

    @Provides
    @Singleton
    ConversationProjection projection(Jdbc jdbc) {
        return new ConversationProjection(jdbc);
    }

    @Provides
    @Singleton
    Conversations conversations(Commands commands, JourneyAccess access, Jdbc jdbc, Scenes scenes, Safety safety, Clock clock) {
        return new Conversations(commands, access, jdbc, scenes, safety, settings, clock);
    }
}
