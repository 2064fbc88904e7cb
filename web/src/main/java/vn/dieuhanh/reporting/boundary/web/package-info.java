/** The pages of a recipient unit's steps (assign, report, sign) and of the consolidating unit's (consolidate, remind, sign) and the receiver's. */
package vn.dieuhanh.reporting.boundary.web;
