/** A directive's targets and the values units report for them. */
package vn.dieuhanh.reporting.entity;
