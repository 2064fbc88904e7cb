/** Settings and input rules the whole application shares: MicroProfile Config read once, one JSON value, plain text, the date window. */
package vn.dieuhanh.platform.control;
