package org.openup.web.problem;

/** A problem the web layer itself finds (no credentials, a body too large, bad JSON). */
public class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final String field;

    public ApiException(int status, String type, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "unauthorized", "Not signed in",
                "Please sign in first (or send your session token as 'Authorization: Bearer …').", null);
    }

    public static ApiException csrf() {
        return new ApiException(403, "csrf", "Missing or wrong CSRF token",
                "This change needs the X-CSRF-Token header your session was given. Reload the page and try again.", null);
    }

    public static ApiException tooLarge(long limit) {
        return new ApiException(413, "body-too-large", "Request body too large",
                "The request body is larger than the limit of " + limit + " bytes.", null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
