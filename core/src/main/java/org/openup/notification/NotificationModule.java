package org.openup.notification;

import org.openup.spi.notification.NotificationChannel;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.openup.engine.readmodel.Jdbc;
import org.openup.engine.readmodel.ReadModel;
import org.openup.engine.store.Store;

import java.time.Clock;
import java.util.Set;

/** Notifications: their projection into the outbox, the dispatcher, and the (plugin-filled) set of channels. */
public final class NotificationModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), NotificationChannel.class);
        Multibinder.newSetBinder(binder(), ReadModel.class).addBinding().to(NotificationProjection.class);
    }

    @Provides
    @Singleton
    NotificationSettings settings() {
        return NotificationSettings.from(System.getenv());
    }

    @Provides
    @Singleton
    NotificationProjection projection(Jdbc jdbc, Clock clock) {
        return new NotificationProjection(jdbc, clock);
    }

    @Provides
    @Singleton
    NotificationDispatcher dispatcher(Jdbc jdbc, Store store, Set<NotificationChannel> channels, NotificationSettings settings,
                                      Clock clock) {
        return new NotificationDispatcher(jdbc, store, channels, settings, clock);
    }

    @Provides
    @Singleton
    Notifications notifications(Jdbc jdbc) {
        return new Notifications(jdbc);
    }
}
