/** The counters behind every register. */
package vn.dieuhanh.numbering.entity;
