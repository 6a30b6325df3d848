package ua.fakh.core.organizations;

/**
 * The level of a KATOTTG code, read from its digits: an oblast (or a city with special status) when
 * everything after the oblast digits is zero, a district (raion), a territorial community
 * (hromada), a settlement, or an urban district (a district of a city).
 */
public enum KatottgLevel {
    OBLAST, DISTRICT, HROMADA, SETTLEMENT, URBAN_DISTRICT
}
