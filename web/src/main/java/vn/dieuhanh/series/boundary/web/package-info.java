/** Data series files over HTTP. */
package vn.dieuhanh.series.boundary.web;
