/** Importing measurement files and reading a directive's measured figures, each in one transaction. */
package vn.dieuhanh.measurement.boundary;
