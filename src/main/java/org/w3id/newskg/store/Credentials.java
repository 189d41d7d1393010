package org.w3id.newskg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP Basic credentials: a user and a password. Password files hold {@code user:password} lines ({@code #}
 * comments and blank lines skipped); for a client a line may also be just the password.
 *
 * {@snippet :
 * Map<String, String> users = Credentials.users(Path.of("passwd"));           // the server's users
 * Credentials c = Credentials.fromFile(Path.of("passwd"), Optional.of("admin")); // a client's login
 * }
 */
public record Credentials(String user, String password) {
    /** The user {@code NEWSKG_ADMIN_PASSWORD} logs in as. */
    public static final String ADMIN = "admin";

    public Credentials {
        if (user == null || user.isBlank() || user.contains(":")) throw new IllegalArgumentException("invalid user name '" + user + "'");
        if (password == null || password.isEmpty()) throw new IllegalArgumentException("empty password for user '" + user + "'");
    }

    /** The value of an {@code Authorization} header. */
    public String basicHeader() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Every {@code user:password} line of a server's password file. */
    public static Map<String, String> users(Path file) {
        Map<String, String> users = new LinkedHashMap<>();
        int no = 0;
        for (String line : lines(file)) {
            no++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            int colon = l.indexOf(':');
            if (colon <= 0 || colon == l.length() - 1)
                throw new StoreException(file + ":" + no + ": expected 'user:password'");
            users.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
        }
        if (users.isEmpty()) throw new StoreException(file + ": no 'user:password' line");
        return users;
    }

    /**
     * A client's login from a password file: the line of {@code user} when given, else the first line; a line
     * without a colon is a bare password (the user then defaults to {@value #ADMIN}).
     */
    public static Credentials fromFile(Path file, Optional<String> user) {
        int no = 0;
        for (String line : lines(file)) {
            no++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            int colon = l.indexOf(':');
            if (colon < 0) return new Credentials(user.orElse(ADMIN), l);
            String u = l.substring(0, colon).strip();
            if (user.isEmpty() || user.get().equals(u)) {
                String pw = l.substring(colon + 1).strip();
                if (pw.isEmpty()) throw new StoreException(file + ":" + no + ": empty password");
                return new Credentials(u, pw);
            }
        }
        throw new StoreException(file + ": no password" + user.map(u -> " for user '" + u + "'").orElse(""));
    }

    /** Whether an {@code Authorization} header carries one of the users with the right password (constant time). */
    public static boolean accepts(Map<String, String> users, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) return false;
        String expected = users.get(decoded.substring(0, colon));
        byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        byte[] want = (expected == null ? "\u0000no-such-user" : expected).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, want) && expected != null;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the password file (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public String toString() { return "Credentials[user=" + user + ", password=***]"; }
}
