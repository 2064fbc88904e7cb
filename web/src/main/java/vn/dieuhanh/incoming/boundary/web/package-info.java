/** The incoming register over HTTP: receive a document, register it, read it back. */
package vn.dieuhanh.incoming.boundary.web;
