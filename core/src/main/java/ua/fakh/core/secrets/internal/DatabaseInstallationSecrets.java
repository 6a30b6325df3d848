package ua.fakh.core.secrets.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.secrets.InstallationSecrets;

import java.time.Clock;
import java.util.function.Supplier;

@Singleton
class DatabaseInstallationSecrets implements InstallationSecrets {
    private final SecretRepository secrets;
    private final Clock clock;

    DatabaseInstallationSecrets(SecretRepository secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String getOrCreate(String name, Supplier<String> generator) {
        return secrets.findById(name).map(SecretRow::secret).orElseGet(() -> {
            secrets.insertIfAbsent(name, generator.get(), clock.instant());
            return secrets.findById(name).orElseThrow().secret();
        });
    }
}
