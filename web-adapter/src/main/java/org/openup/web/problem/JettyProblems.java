package org.openup.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.openup.web.access.SecurityHeaders;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What Jetty refuses before a request reaches the routes (an address with a NUL in it, headers
 * too large) is answered as a problem document too, instead of Jetty's HTML error page. Jetty
 * closes the connection after these, so the answer says so. The answer carries the same security
 * headers as every other, which the routes would have added.
 */
public final class JettyProblems extends ErrorHandler {

    private final ObjectMapper json;

    public JettyProblems(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Jetty writes its error page only for GET, POST and HEAD and leaves other methods with an
     * empty body and no content type (a PUT to an address with broken percent-encoding got a bare
     * 400); every client deserves the problem document.
     */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        // Jetty closes the connection after such a request; say so, or a client reuses it and gets no answer
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        // the routes' before-handlers never ran: the security headers are added here
        SecurityHeaders.applyToRefusal(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(document(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        fields.put(HttpHeader.CONNECTION, "close");
        SecurityHeaders.applyToRefusal(fields::put);
        return ByteBuffer.wrap(document(status));
    }

    private byte[] document(int status) {
        String detail = status >= 500
                ? "Your request could not be completed."
                : "The request could not be read: its address, headers or body are malformed or too large.";
        try {
            return json.writeValueAsBytes(new Problem("/problems/http-" + status, status >= 500 ? "Server error" : "Bad request",
                    status, detail, null, null));
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
