package org.openup.account;

import org.openup.journey.Journeys;
import org.openup.member.MemberId;
import org.openup.privacy.PersonalText;

/**
 * The name a member is shown by, everywhere it is kept: in every journey they are still in (an
 * event in each, see {@link Journeys#rename}) and on their account, if they have one (a CLI
 * profile has none). The web's account page and the CLI's {@code profile name} both change it here.
 */
public final class Names {

    private final Journeys journeys;
    private final Accounts accounts;

    public Names(Journeys journeys, Accounts accounts) {
        this.journeys = journeys;
        this.accounts = accounts;
    }

    /** Returns the name as it will be shown; a name that is not allowed is refused before anything changes. */
    public PersonalText rename(MemberId member, String typed) {
        PersonalText name = journeys.rename(member, typed);
        accounts.rename(member, name);
        return name;
    }
}
