package org.openup.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openup.safety.SafetyNote;

/**
 * An RFC 9457 problem document: {@code type} names the kind of problem, {@code detail} is a
 * sentence for the person, {@code field} (an extension member) names the offending input, and
 * {@code safety} (another) carries the safety note with its resources when that is the answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String field, SafetyNote safety) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, String field) {
        this(type, title, status, detail, instance, field, null);
    }
}
