/** The audit over HTTP and in the browser: trail, search, verification, exports, diagram. */
package vn.dieuhanh.audit.boundary.web;
