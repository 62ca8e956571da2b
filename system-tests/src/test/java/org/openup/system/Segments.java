package org.openup.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Who runs which projection segment, read straight from the token store as an operator would:
 * each row of {@code token_entry} is one segment of one processor, {@code owner} the node holding
 * its claim ("pid@host/random", so a node is recognised by its process id).
 */
final class Segments {

    private final String url;
    private final String user;

    Segments(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** One claim: processor, segment and owner (null when nobody holds it). */
    record Claim(String processor, int segment, String owner) {
        boolean heldBy(long pid) {
            return owner != null && owner.startsWith(pid + "@");
        }
    }

    List<Claim> claims() {
        List<Claim> claims = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT processor_name, segment, owner FROM token_entry ORDER BY 1, 2")) {
            while (rs.next()) {
                claims.add(new Claim(rs.getString(1), rs.getInt(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the token store", e);
        }
        return claims;
    }

    long heldBy(long pid) {
        return claims().stream().filter(c -> c.heldBy(pid)).count();
    }

    /** True when every segment is claimed, and none by {@code deadPid}. */
    boolean allClaimedByOthersThan(long deadPid) {
        List<Claim> claims = claims();
        return !claims.isEmpty() && claims.stream().allMatch(c -> c.owner() != null && !c.heldBy(deadPid));
    }
}
