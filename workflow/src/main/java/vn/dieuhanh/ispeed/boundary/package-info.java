/** Importing i-Speed sample files and reading a directive's speed-test figures, each in one transaction. */
package vn.dieuhanh.ispeed.boundary;
