/** Who is calling: the user, the roles they hold and the units they hold them in, read from the Keycloak token. */
package vn.dieuhanh.identity.boundary.web;
