package ua.fakh.web.home;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The home page: who is signed in (nothing for a visitor), their organization and roles. */
public record HomeModel(@Nullable String fullName, @Nullable String organization, List<String> roles) {
    static final HomeModel VISITOR = new HomeModel(null, null, List.of());
}
