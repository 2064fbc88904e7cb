/** The inspectors' work over HTTP and in the browser: trail, search, verification, exports, diagram. */
package vn.dieuhanh.inspection.boundary.web;
