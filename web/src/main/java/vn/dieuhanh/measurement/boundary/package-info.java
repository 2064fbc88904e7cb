/** Measurement data over HTTP: imports and their error reports, a directive's figures, and the import page. */
package vn.dieuhanh.measurement.boundary;
