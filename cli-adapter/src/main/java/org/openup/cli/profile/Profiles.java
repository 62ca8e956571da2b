package org.openup.cli.profile;

import org.openup.engine.store.OwnerOnlyFiles;

import org.openup.journey.JourneyId;
import org.openup.member.MemberId;
import org.openup.spi.failure.InvalidInputException;
import org.openup.spi.failure.RefusedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Local profiles, one small file each under {@code $OPENUP_HOME/profiles}. They hold ids only,
 * never anything personal; written to a temporary file and moved into place so a crash cannot
 * leave half a profile behind.
 */
public final class Profiles {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    private final Path folder;

    public Profiles(Path home) {
        this.folder = home.resolve("profiles");
    }

    public Optional<Profile> find(String name) {
        Path file = file(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read profile " + file + ": " + e.getMessage(), e);
        }
        String member = p.getProperty("memberId");
        if (member == null) {
            throw new IllegalStateException("Profile " + file + " is damaged (no memberId). Remove it and run openup init again.");
        }
        // a member id spoilt by hand is refused here, as the core refused it; a journey id is looked up and found or not
        return Optional.of(new Profile(name, MemberId.parse("memberId", member),
                Optional.ofNullable(p.getProperty("journeyId")).map(JourneyId::of)));
    }

    /** The profile, or a refusal that tells the person how to create it. */
    public Profile require(String name) {
        return find(name).orElseThrow(() -> new RefusedException("There is no profile '" + name + "' on this machine yet. "
                + "Start with: openup init" + (name.equals("default") ? "" : " --profile " + name)
                + " (or join your partner's journey with: openup partner join CODE"
                + (name.equals("default") ? "" : " --profile " + name) + ")"));
    }

    public void save(Profile profile) {
        Properties p = new Properties();
        p.setProperty("memberId", profile.memberId().value());
        profile.journeyId().ifPresent(j -> p.setProperty("journeyId", j.value()));
        Path file = file(profile.name());
        try {
            OwnerOnlyFiles.folder(folder);
            Path tmp = OwnerOnlyFiles.tempFileBeside(file, profile.name(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "OpenUp profile: ids only, nothing personal");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write profile " + file + ": " + e.getMessage(), e);
        }
    }

    /** Removes the profile file, if there is one. */
    public void delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot remove profile " + file(name) + ": " + e.getMessage(), e);
        }
    }

    private Path file(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("profile", "A profile name is 1 to 40 letters, digits, '-' or '_', "
                    + "starting with a letter or digit.");
        }
        return folder.resolve(name + ".properties");
    }
}
