/** Process delegates of the incoming-document steps. */
package vn.dieuhanh.incoming.control;
