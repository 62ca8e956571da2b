package org.openup.scene;

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
import org.openup.safety.Safety;

/** Contributes the Scene aggregate, the scene library and its operations to the core. */
public final class SceneModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), AggregateType.class).addBinding().toInstance(new AggregateType(Scene.class));
        Multibinder.newSetBinder(binder(), ReadModel.class).addBinding().to(SceneProjection.class);
    }

    @Provides
    @Singleton
    SceneProjection projection(Jdbc jdbc) {
        return new SceneProjection(jdbc);
    }

    @Provides
    @Singleton
    Scenes scenes(Commands commands, JourneyAccess access, Jdbc jdbc, Content content, Safety safety) {
        return new Scenes(commands, access, jdbc, content, safety);
    }
}
