/** Official documents over HTTP: a directive's documents and their PDFs, and public verification. */
package vn.dieuhanh.dispatch.boundary.web;
