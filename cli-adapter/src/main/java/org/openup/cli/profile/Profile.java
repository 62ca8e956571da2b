package org.openup.cli.profile;

import org.openup.journey.JourneyId;
import org.openup.member.MemberId;

import java.util.Optional;

/**
 * The person this terminal acts for: their member id and the journey commands act on. Several
 * profiles let two partners share one machine ({@code --profile NAME}).
 */
public record Profile(String name, MemberId memberId, Optional<JourneyId> journeyId) {

    public Profile withJourney(JourneyId journey) {
        return new Profile(name, memberId, Optional.of(journey));
    }
}
