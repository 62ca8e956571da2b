package org.openup.reflection;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.openup.content.Content;
import org.openup.engine.AggregateType;
import org.openup.engine.Commands;
import org.openup.engine.Jdbc;
import org.openup.engine.ReadModel;
import org.openup.journey.JourneyAccess;

/** Contributes the Reflection aggregate, its projection and its operations to the core. */
public final class ReflectionModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), AggregateType.class).addBinding().toInstance(new AggregateType(Reflection.class));
        Multibinder.newSetBinder(binder(), ReadModel.class).addBinding().to(ReflectionProjection.class);
    }

    @Provides
    @Singleton
    ReflectionProjection projection(Jdbc jdbc) {
        return new ReflectionProjection(jdbc);
    }

    @Provides
    @Singleton
    Reflections reflections(Commands commands, JourneyAccess access, Jdbc jdbc, Content content) {
        return new Reflections(commands, access, jdbc, content, new Reframer());
    }
}
