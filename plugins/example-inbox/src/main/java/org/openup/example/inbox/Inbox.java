package org.openup.example.inbox;

import org.openup.spi.notification.Notification;
import org.openup.spi.PluginStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One text file per member under {@code $OPENUP_HOME/inbox/}. The file existing means the member
 * switched the inbox on. Each line starts with the delivery id, so a delivery repeated after a
 * crash is recognised and written once: the receiving side of "never duplicated".
 */
final class Inbox {

    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private final PluginStore store;
    private final Path folder;

    Inbox(PluginStore store) {
        this.store = store;
        this.folder = store.home().resolve("inbox");
    }

    void switchOn(String memberId) {
        try {
            // under $OPENUP_HOME, so owner-only like every file there
            store.privateFolder("inbox");
            store.privateFile(file(memberId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isOn(String memberId) {
        return Files.exists(file(memberId));
    }

    synchronized void add(Notification n) throws IOException {
        if (lines(n.memberId()).stream().anyMatch(line -> line.startsWith(n.deliveryId() + " "))) {
            return;
        }
        String line = n.deliveryId() + " " + n.occurredAt() + " " + n.kind()
                + (n.talkAt() == null ? "" : " talk at " + n.talkAt() + " (" + n.minutes() + " min)") + System.lineSeparator();
        Files.writeString(file(n.memberId()), line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    List<String> lines(String memberId) {
        try {
            return isOn(memberId) ? Files.readAllLines(file(memberId), StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String memberId) {
        if (!MEMBER_ID.matcher(memberId).matches()) {
            throw new IllegalArgumentException("not a member id");
        }
        return folder.resolve(memberId + ".txt");
    }
}
