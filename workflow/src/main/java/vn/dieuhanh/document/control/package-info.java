/** Official documents laid out by Decree 30/2020 and filled from a directive's data. */
package vn.dieuhanh.document.control;
