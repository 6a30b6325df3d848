package ua.fakh.core.users;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * What a bulk action did: how many people it changed, how many already were so, and who was refused
 * and why (a bundle key until {@link #localized}). Each person is changed in a transaction of their own.
 */
@Serdeable
public record UserBulkResult(int changed, int unchanged, List<Refusal> refused) {

    @Serdeable
    public record Refusal(UUID userId, String message) {
    }

    public UserBulkResult localized(UnaryOperator<String> translate) {
        return new UserBulkResult(changed, unchanged,
                refused.stream().map(r -> new Refusal(r.userId(), translate.apply(r.message()))).toList());
    }
}
