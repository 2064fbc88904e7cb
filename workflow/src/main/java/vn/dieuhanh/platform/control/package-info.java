/** Settings the whole application shares, read once from MicroProfile Config. */
package vn.dieuhanh.platform.control;
