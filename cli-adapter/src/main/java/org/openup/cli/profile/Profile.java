package org.openup.cli.profile;

import java.util.Optional;

/**
 * The person this terminal acts for: their member id and the journey commands act on. Several
 * profiles let two partners share one machine ({@code --profile NAME}).
 */
public record Profile(String name, String memberId, Optional<String> journeyId) {

    public Profile withJourney(String journey) {
        return new Profile(name, memberId, Optional.of(journey));
    }
}
