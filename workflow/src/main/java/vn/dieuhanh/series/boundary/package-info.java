/** Importing a data series file in one transaction: all of it or nothing, recorded and audited. */
package vn.dieuhanh.series.boundary;
