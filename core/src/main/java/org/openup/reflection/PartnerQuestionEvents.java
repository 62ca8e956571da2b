package org.openup.reflection;

import org.axonframework.serialization.Revision;
import org.openup.privacy.PersonalText;

import java.time.Instant;

public final class PartnerQuestionEvents {

    private PartnerQuestionEvents() {
    }

    @Revision("2")
    public record QuestionPutToPartner(String bookId, String journeyId, String askId, String asker, String partner,
                                       PersonalText question) {
    }

    @Revision("2")
    public record PartnerAnswered(String bookId, String journeyId, String askId, String partner, PersonalText answer,
                                  boolean sharedWithAsker) {
    }

    @Revision("1")
    public record PartnerSaidNotNow(String bookId, String journeyId, String askId, String partner, Instant askAgainFrom) {
    }
}
