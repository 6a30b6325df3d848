package ua.fakh.core.users.internal;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.micronaut.core.util.SupplierUtil;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * Argon2id with OWASP's recommended cost (19 MiB, 2 passes, 1 lane). Hashes carry their own
 * parameters, so raising the cost later still verifies old hashes.
 */
@Singleton
class PasswordHasher {
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Verified against for unknown users, so a miss costs as much time as a hit. Made on the first miss, not at
     * start-up, where one Argon2id hash was 80 ms of the main thread (perf/README.md, "Session 14").
     */
    private final Supplier<String> decoy = SupplierUtil.memoized(() -> hash("decoy-password-never-matches-" + RANDOM.nextLong()));

    String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    boolean matches(String password, String hash) {
        if (hash == null) {
            Password.check(password, decoy.get()).with(ARGON2ID);
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }
}
