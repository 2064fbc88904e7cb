/** The directive over HTTP: every person's action and the status views, for the pages and for scripts. */
package vn.dieuhanh.directive.boundary.web;
