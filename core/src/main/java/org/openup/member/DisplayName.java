package org.openup.member;

import org.openup.spi.failure.InvalidInputException;
import org.openup.privacy.PersonalText;

/** Checks the name a member chooses to be shown by: what a person would type, nothing more. */
public final class DisplayName {

    public static final int MAX_LENGTH = 80;

    private DisplayName() {
    }

    public static PersonalText of(MemberId member, String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInputException("displayName", "Please give a name to be shown by (your first name is fine).");
        }
        String name = typed.strip().replaceAll("\\s+", " ");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new InvalidInputException("displayName", "A name can be at most " + MAX_LENGTH + " characters long.");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("displayName", "A name cannot contain control characters.");
        }
        if (PersonalText.hasBrokenCharacter(name)) {
            throw new InvalidInputException("displayName", "A name cannot contain broken characters (half of an emoji or symbol).");
        }
        return new PersonalText(member.value(), name);
    }
}
