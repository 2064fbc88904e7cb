/**
 * The i-Speed speed tests, one data source among many: reading and checking sample files, storing
 * them, their monthly figures, and the data series that measured targets read.
 */
package vn.dieuhanh.ispeed.control;
