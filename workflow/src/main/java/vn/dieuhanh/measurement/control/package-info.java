/** i-Speed measurement data: reading and checking sample files, storing them, and the monthly figures. */
package vn.dieuhanh.measurement.control;
