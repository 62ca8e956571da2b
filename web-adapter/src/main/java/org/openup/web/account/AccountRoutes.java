package org.openup.web.account;

import org.openup.web.openapi.Api;
import org.openup.web.openapi.ApiRoutes;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import jakarta.inject.Inject;
import org.openup.account.Accounts;
import org.openup.account.Names;
import org.openup.account.Recovery;
import org.openup.account.Signup;
import org.openup.account.Sessions;
import org.openup.member.MemberId;
import org.openup.privacy.Forgetting;
import org.openup.privacy.PersonalText;
import org.openup.web.JsonBodies;
import org.openup.web.access.Caller;
import org.openup.web.access.TrustedProxies;
import org.openup.web.problem.ApiException;


/** Register, sign in and out, see who is signed in, change the password. */
public final class AccountRoutes implements ApiRoutes {

    record Registration(String email, String password, String displayName) {
    }

    record SignIn(String email, String password) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    /** The name a member is shown by, to their partner too. */
    record Name(String displayName) {
    }

    record ForgetRequest(String password) {
    }

    record RecoveryRequest(String email) {
    }

    /** The same for every address, known or not. */
    record RecoveryAnswer(boolean byMail, String message) {
    }

    record PasswordReset(String token, String newPassword) {
    }

    record Confirmation(String token) {
    }

    /** Registering with mail set up: the same for every address. */
    record CheckMail(boolean checkMail, String message) {
    }

    /** Who is signed in, and the CSRF token their state-changing requests must send. */
    record Me(String memberId, String email, String displayName, String csrfToken) {
    }

    private final Accounts accounts;
    private final Sessions sessions;
    private final Caller caller;
    private final JsonBodies bodies;
    private final Forgetting forgetting;
    private final TrustedProxies proxies;
    private final Recovery recovery;
    private final Signup signup;
    private final Names names;

    @Inject
    public AccountRoutes(Accounts accounts, Sessions sessions, Caller caller, JsonBodies bodies, Forgetting forgetting,
                         TrustedProxies proxies, Recovery recovery, Signup signup, Names names) {
        this.names = names;
        this.recovery = recovery;
        this.signup = signup;
        this.forgetting = forgetting;
        this.proxies = proxies;
        this.accounts = accounts;
        this.sessions = sessions;
        this.caller = caller;
        this.bodies = bodies;
    }

    @Override
    public void register(Api api) {
        Api a = api.tagged("Account");
        a.post("/api/v1/account", "Register: signed in at once (201), or, where OpenUp sends mail, the same 202 for every "
                + "address while a link goes to it", Registration.class, 201, this::registerAccount);
        a.post("/api/v1/account/confirm", "Confirm a new account's address with the mailed link's token, and sign in",
                Confirmation.class, 200, this::confirm);
        a.put("/api/v1/account/password", "Change the password (ends other sessions)", PasswordChange.class, 204, this::changePassword);
        a.put("/api/v1/account/name", "Change the name you are shown by, in every journey you are still in", Name.class, 200, this::rename);
        a.post("/api/v1/account/forget", "Forget me: leave every journey, delete the account and destroy the key "
                + "that seals everything I wrote (cannot be undone; export first)", ForgetRequest.class, 200, this::forgetMe);
        a.post("/api/v1/account/recovery", "Ask for a link to set a new password (the answer is the same whether "
                + "an account has the address or not)", RecoveryRequest.class, 202, this::askForRecovery);
        a.post("/api/v1/account/password-reset", "Set a new password with a reset link's token, end every session "
                + "and sign in", PasswordReset.class, 200, this::resetPassword);
        a.get("/api/v1/session", "Who is signed in, with the CSRF token", this::current);
        a.post("/api/v1/session", "Sign in", SignIn.class, 200, this::signIn);
        a.delete("/api/v1/session", "Sign out", this::signOut);
    }

    private void registerAccount(Context ctx) {
        Registration r = bodies.read(ctx, Registration.class);
        Signup.Outcome outcome = signup.register(r.email(), r.password(), r.displayName());
        if (outcome instanceof Signup.SignedUp up) {
            ctx.status(201).json(startSession(ctx, up.account()));
        } else if (outcome instanceof Signup.CheckMail mail) {
            ctx.status(202).json(new CheckMail(true, mail.message()));
        }
    }

    private void confirm(Context ctx) {
        Confirmation confirmation = bodies.read(ctx, Confirmation.class);
        ctx.json(startSession(ctx, recovery.confirm(confirmation.token())));
    }

    private void signIn(Context ctx) {
        SignIn s = bodies.read(ctx, SignIn.class);
        Accounts.Account account = accounts.authenticate(s.email(), s.password(), client(ctx));
        ctx.json(startSession(ctx, account));
    }

    private void askForRecovery(Context ctx) {
        RecoveryRequest request = bodies.read(ctx, RecoveryRequest.class);
        Accounts.requireAddress(request.email());
        recovery.request(request.email());
        ctx.status(202).json(recovery.byMail()
                ? new RecoveryAnswer(true, "If an account signs in with this address, a link to set a new password is on its way. "
                        + "It works once, within an hour. Nothing after a few minutes? Look in the spam folder, or ask again.")
                : new RecoveryAnswer(false, "This OpenUp does not send mail. Ask the person who runs it for a reset link; "
                        + "they can make one on the server with: openup admin reset-link followed by your address."));
    }

    private void resetPassword(Context ctx) {
        PasswordReset reset = bodies.read(ctx, PasswordReset.class);
        Accounts.Account account = recovery.reset(reset.token(), reset.newPassword());
        ctx.json(startSession(ctx, account));
    }

    private void current(Context ctx) {
        Sessions.Session session = caller.session(ctx);
        Accounts.Account account = accounts.byMember(session.memberId()).orElseThrow(ApiException::unauthorized);
        ctx.json(new Me(account.memberId(), account.email(), account.displayName(), session.csrfToken()));
    }

    private void signOut(Context ctx) {
        caller.session(ctx);
        sessions.end(caller.token(ctx));
        ctx.removeCookie(Caller.COOKIE, "/");
        ctx.status(204);
    }

    private void rename(Context ctx) {
        MemberId member = caller.memberId(ctx);
        Name typed = bodies.read(ctx, Name.class);
        PersonalText name = names.rename(member, typed.displayName());
        ctx.json(new Name(name.text()));
    }

    private void changePassword(Context ctx) {
        Sessions.Session session = caller.session(ctx);
        PasswordChange change = bodies.read(ctx, PasswordChange.class);
        accounts.changePassword(session.memberId(), change.currentPassword(), change.newPassword(), client(ctx));
        // anyone who knew the old password is signed out everywhere else
        sessions.endOthers(session.memberId(), caller.token(ctx));
        ctx.status(204);
    }

    private void forgetMe(Context ctx) {
        Sessions.Session session = caller.session(ctx);
        ForgetRequest request = bodies.read(ctx, ForgetRequest.class);
        accounts.confirmPassword(session.memberId(), request.password(), client(ctx));
        Forgetting.Forgotten forgotten = forgetting.forget(session.memberId());
        ctx.removeCookie(Caller.COOKIE, "/");
        ctx.json(forgotten);
    }

    /** Who is asking, for counting password checks: the client behind any trusted proxy. */
    private String client(Context ctx) {
        return proxies.client(ctx);
    }

    private Me startSession(Context ctx, Accounts.Account account) {
        Sessions.Started started = sessions.start(account.member());
        Cookie cookie = new Cookie(Caller.COOKIE, started.token());
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        cookie.setPath("/");
        cookie.setMaxAge((int) Sessions.LIFETIME.toSeconds());
        cookie.setSecure(proxies.overHttps(ctx));
        ctx.cookie(cookie);
        return new Me(account.memberId(), account.email(), account.displayName(), started.session().csrfToken());
    }
}
