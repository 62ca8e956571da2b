package org.openup.reflection;

import org.openup.reframer.Reframer;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.openup.content.Content;
import org.openup.conversation.ConversationSettings;
import org.openup.engine.axon.AggregateType;
import org.openup.engine.axon.Commands;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.readmodel.ReadModel;
import org.openup.journey.JourneyAccess;
import org.openup.safety.Safety;

/** Contributes the Reflection and partner-question aggregates, their projection and operations to the core. */
public final class ReflectionModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<AggregateType> aggregates = Multibinder.newSetBinder(binder(), AggregateType.class);
        aggregates.addBinding().toInstance(new AggregateType(Reflection.class));
        aggregates.addBinding().toInstance(new AggregateType(PartnerQuestionBook.class));
        Multibinder.newSetBinder(binder(), ReadModel.class).addBinding().to(ReflectionProjection.class);
    }

    @Provides
    @Singleton
    ReflectionProjection projection(Jdbc jdbc) {
        return new ReflectionProjection(jdbc);
    }

    @Provides
    @Singleton
    PartnerQuestions partnerQuestions(Commands commands, JourneyAccess access, Jdbc jdbc, ConversationSettings settings, Safety safety) {
        return new PartnerQuestions(commands, access, jdbc, settings, safety);
    }

    @Provides
    @Singleton
    Reflections reflections(Commands commands, JourneyAccess access, Jdbc jdbc, Content content, Safety safety) {
        return new Reflections(commands, access, jdbc, content, safety, new Reframer());
    }
}
