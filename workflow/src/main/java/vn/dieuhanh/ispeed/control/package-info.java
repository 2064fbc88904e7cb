/** The i-Speed speed tests as data series that measured targets read. */
package vn.dieuhanh.ispeed.control;
