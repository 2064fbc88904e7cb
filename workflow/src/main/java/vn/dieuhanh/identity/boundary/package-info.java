/**
 * The identity feature's face: who holds which position in which unit, as Keycloak holds it, for
 * the pages and the other features (the directory, positions, the administrator's role changes).
 */
package vn.dieuhanh.identity.boundary;
