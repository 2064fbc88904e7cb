/** Black-box tests of the deployed EAR on Liberty, with real PostgreSQL, Keycloak and Chromium. */
package vn.dieuhanh.system;
