package org.openup.journey;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.openup.engine.axon.AggregateType;
import org.openup.engine.axon.Commands;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.readmodel.ReadCache;
import org.openup.engine.readmodel.ReadModel;

import java.time.Clock;

/** Contributes the Journey aggregate, its projection and its operations to the core. */
public final class JourneyModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), AggregateType.class).addBinding().toInstance(new AggregateType(Journey.class));
        Multibinder.newSetBinder(binder(), ReadModel.class).addBinding().to(JourneyProjection.class);
    }

    @Provides
    @Singleton
    JourneyProjection projection(Jdbc jdbc) {
        return new JourneyProjection(jdbc);
    }

    @Provides
    @Singleton
    JourneyAccess access(Journeys journeys, Provider<ReadCache> reads) {
        return new JourneyAccess(journeys, reads::get);
    }

    @Provides
    @Singleton
    Journeys journeys(Jdbc jdbc, Commands commands, Clock clock) {
        return new Journeys(jdbc, commands, clock);
    }
}
