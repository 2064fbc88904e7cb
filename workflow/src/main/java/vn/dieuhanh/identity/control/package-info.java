/**
 * The organisation chart as data: a declarative file of units, people and roles, applied to
 * Keycloak through its admin client, idempotently. Runs as a command (demo and tests), not inside
 * the server: its Keycloak client is not packaged in the EAR.
 */
package vn.dieuhanh.identity.control;
