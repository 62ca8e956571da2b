package org.openup.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document: {@code type} names the kind of problem, {@code detail} is a
 * sentence for the person, {@code field} (an extension member) names the offending input.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String field) {

    public static final String CONTENT_TYPE = "application/problem+json";
}
