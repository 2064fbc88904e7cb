/** Readiness: the application serves only when its database, its engine and the identity server answer. */
package vn.dieuhanh.health.boundary.web;
