package org.openup.engine.axon;

import org.openup.engine.crypto.SealedText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.List;
import java.util.Map;

/**
 * Revision 1 of the events below stored personal text as a plain JSON string; revision 2 stores
 * it sealed with its owner (see {@link SealedText}). This lifts a revision 1 event to the shape
 * revision 2 reads, naming the owner from the event's own author field, so logs written before
 * encryption still load. The table describes what was written then and must not follow later
 * changes to the event classes.
 */
final class TextRevisionUpcaster extends SingleEventUpcaster {

    /** Which field named the writer, and where their text was, in each revision 1 event. */
    record Shape(String authorField, List<String> textPaths) {
    }

    static final Map<String, Shape> REVISION_1 = Map.ofEntries(
            Map.entry("org.openup.journey.JourneyEvents$JourneyStarted", new Shape("memberId", List.of("displayName"))),
            Map.entry("org.openup.journey.JourneyEvents$PartnerJoined", new Shape("memberId", List.of("displayName"))),
            Map.entry("org.openup.conversation.InvitationEvents$InvitationSent", new Shape("asker", List.of("topicHint"))),
            Map.entry("org.openup.conversation.TalkEvents$TalkRated", new Shape("member", List.of("gotInTheWay"))),
            Map.entry("org.openup.reflection.PartnerQuestionEvents$QuestionPutToPartner", new Shape("asker", List.of("question"))),
            Map.entry("org.openup.reflection.PartnerQuestionEvents$PartnerAnswered", new Shape("partner", List.of("answer"))),
            Map.entry("org.openup.reflection.ReflectionEvents$QuestionAsked", new Shape("memberId", List.of("original", "proposal"))),
            Map.entry("org.openup.reflection.ReflectionEvents$QuestionSettled", new Shape("memberId", List.of("finalText"))),
            Map.entry("org.openup.reflection.ReflectionEvents$ConstraintNoted", new Shape("memberId", List.of("ownTitle", "note"))),
            Map.entry("org.openup.reflection.ReflectionEvents$ConstraintNoteRevised", new Shape("memberId", List.of("note"))),
            Map.entry("org.openup.reflection.ReflectionEvents$MomentNoted", new Shape("memberId", List.of("what"))),
            Map.entry("org.openup.reflection.ReflectionEvents$GratitudeExpressed", new Shape("memberId", List.of("thanks"))),
            Map.entry("org.openup.scene.SceneEvents$SceneDescribed", new Shape("author", List.of("details.name", "details.notes"))),
            Map.entry("org.openup.scene.SceneEvents$SceneRevised", new Shape("revisedBy", List.of("details.name", "details.notes"))));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return "1".equals(event.getType().getRevision()) && REVISION_1.containsKey(event.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        Shape shape = REVISION_1.get(event.getType().getName());
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), "2"), JsonNode.class,
                payload -> lift(payload, shape));
    }

    static JsonNode lift(JsonNode payload, Shape shape) {
        ObjectNode out = payload.deepCopy();
        String owner = out.path(shape.authorField()).asText();
        for (String path : shape.textPaths()) {
            String[] steps = path.split("\\.");
            JsonNode parent = out;
            for (int i = 0; i < steps.length - 1 && parent != null; i++) {
                parent = parent.get(steps[i]);
            }
            String field = steps[steps.length - 1];
            if (parent instanceof ObjectNode holder && holder.get(field) != null && holder.get(field).isTextual()) {
                ObjectNode text = JsonNodeFactory.instance.objectNode();
                text.put("by", owner);
                text.put("plain", holder.get(field).asText());
                holder.set(field, text);
            }
        }
        return out;
    }
}
