package ua.fakh.core.common.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("notice_scan_occasions")
record ScanOccasionRow(@Id String scan, String occasion, UUID claim, Instant claimedAt) {
}
