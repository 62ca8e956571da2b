package org.openup.safety;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.openup.content.Content;
import org.openup.engine.axon.AggregateType;
import org.openup.engine.axon.Commands;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.readmodel.ReadModel;
import org.openup.journey.JourneyAccess;

/** Contributes the ladder pause and the screening every feature asks before it keeps a text. */
public final class SafetyModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), AggregateType.class).addBinding().toInstance(new AggregateType(LadderPause.class));
        Multibinder.newSetBinder(binder(), ReadModel.class).addBinding().to(SafetyProjection.class);
    }

    @Provides
    @Singleton
    SafetyProjection projection(Jdbc jdbc) {
        return new SafetyProjection(jdbc);
    }

    @Provides
    @Singleton
    Safety safety(Commands commands, JourneyAccess access, Jdbc jdbc, Content content) {
        return new Safety(commands, access, jdbc, content);
    }
}
