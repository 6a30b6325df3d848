package ua.fakh.core.organizations.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("institution_kinds")
record InstitutionKindRow(@Id String code, String name, String nameEn, int position, boolean builtIn, Instant createdAt) {
}
